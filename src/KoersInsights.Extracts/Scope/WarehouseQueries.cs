namespace KoersInsights.Extracts.Scope;

/// <summary>
/// The SQL of extracts, in one place. Extracts read <c>rpt</c> only (product.md): the fixed contract of
/// <c>rpt.indicator_waarde</c>, the vestiging dimension (<c>rpt.dim_vestiging</c>), and the latest load with its gate verdict.
/// </summary>
internal static class WarehouseQueries
{
    public const string LatestLoad =
        "SELECT load_run_id, finished_at, gates_passed FROM rpt.laatste_load ORDER BY load_run_id DESC LIMIT 1";

    public const string Schooljaren =
        "SELECT DISTINCT schooljaar FROM rpt.indicator_waarde ORDER BY schooljaar DESC LIMIT @n";

    // The vestigingen located in the gemeente, per schooljaar. rpt.dim_vestiging holds the current version only, so
    // a school counts where it is now for every year; the identities tolerate the rare move (a sum that no longer
    // holds is dropped or gets a rest cell, RelationBuilder).
    public const string Vestigingen =
        """
        SELECT v.vestigingscode, v.vestigingsnaam, j.schooljaar, v.subregio
        FROM rpt.dim_vestiging v CROSS JOIN unnest(@schooljaren) AS j (schooljaar)
        WHERE v.gemeentecode = @gemeente
        ORDER BY j.schooljaar, v.vestigingscode
        """;

    // The contract's nine columns; numbers as numeric so integers and amounts read alike.
    public const string Rows =
        """
        SELECT indicator_code, niveau, niveau_code, schooljaar, uitsplitsing,
               teller::numeric, noemer::numeric, waarde::numeric, gemaskeerd
        FROM rpt.indicator_waarde
        WHERE schooljaar = ANY(@schooljaren)
          AND ((niveau = 'vestiging' AND niveau_code = ANY(@vestigingen))
            OR (niveau IN ('gemeente', 'woongemeente') AND niveau_code = @gemeente)
            OR (niveau = 'subregio' AND niveau_code = ANY(@subregios)))
        ORDER BY indicator_code, schooljaar, niveau, niveau_code, uitsplitsing
        """;

    public const string HasNameColumns =
        """
        SELECT count(*) = 2 FROM information_schema.columns
        WHERE table_schema = 'rpt' AND table_name = 'indicator_waarde' AND column_name IN ('indicator_naam', 'eenheid')
        """;

    public const string Definitions =
        "SELECT DISTINCT indicator_code, indicator_naam, eenheid FROM rpt.indicator_waarde ORDER BY indicator_code";
}
