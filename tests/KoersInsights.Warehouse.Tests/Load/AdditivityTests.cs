using KoersInsights.TestSupport;
using KoersInsights.Warehouse.Load;

namespace KoersInsights.Warehouse.Tests.Load;

/// <summary>
/// Property over seeded random regions: for every additive indicator (dim_indicator.additief), schooljaar and split,
/// the SWV teller is the sum of the vestiging tellers and the SWV noemer the sum of the vestiging noemers; a masked or
/// unknown SWV noemer (or a masked teller: DUO's VAVO count) happens exactly when some vestiging's is masked or unknown. Subregio's sum to the SWV too.
/// </summary>
public sealed class AdditivityTests
{
    [PostgresFact]
    public async Task Swv_teller_and_noemer_are_the_sums_over_vestigingen_for_additive_indicators()
    {
        await using var db = await WarehouseDb.CreateMigratedAsync("wh_add");
        foreach (var seed in new[] { 7, 2024 })
        {
            var lake = new InMemoryBronze();
            RandomRegion.Add(lake, seed, schools: 14);
            var summary = await new WarehouseLoader().LoadAsync(lake, db.ConnectionString, null, CancellationToken.None);
            Assert.True(summary.GatesPassed, summary.ToString());

            var violations = await WarehouseDb.QueryAsync(db.ConnectionString, """
                WITH v AS (
                    SELECT indicator_key, schooljaar_key, uitsplitsing, sum(teller) AS teller, sum(noemer) AS noemer,
                           bool_or(noemer IS NULL) AS noemer_ontbreekt, bool_or(teller IS NULL) AS teller_ontbreekt, count(*) AS n
                    FROM dw.fact_indicator WHERE niveau = 'vestiging' GROUP BY 1, 2, 3),
                r AS (
                    SELECT indicator_key, schooljaar_key, uitsplitsing, sum(teller) AS teller, sum(noemer) AS noemer
                    FROM dw.fact_indicator WHERE niveau = 'subregio' GROUP BY 1, 2, 3)
                SELECT i.indicator_code, s.schooljaar_key, s.uitsplitsing, s.teller, v.teller, s.noemer, v.noemer, r.teller, r.noemer
                FROM dw.fact_indicator s
                JOIN dw.dim_indicator i ON i.indicator_key = s.indicator_key AND i.additief
                JOIN v ON v.indicator_key = s.indicator_key AND v.schooljaar_key = s.schooljaar_key AND v.uitsplitsing = s.uitsplitsing
                LEFT JOIN r ON r.indicator_key = s.indicator_key AND r.schooljaar_key = s.schooljaar_key AND r.uitsplitsing = s.uitsplitsing
                WHERE s.niveau = 'swv'
                  AND ((s.teller IS NOT NULL AND s.teller IS DISTINCT FROM v.teller)
                       OR ((s.teller IS NULL) <> v.teller_ontbreekt)
                       OR (s.noemer IS NOT NULL AND s.noemer IS DISTINCT FROM v.noemer)
                       OR ((s.noemer IS NULL) <> v.noemer_ontbreekt)
                       OR (s.teller IS NOT NULL AND r.teller IS DISTINCT FROM s.teller)
                       OR (s.noemer IS NOT NULL AND r.noemer IS DISTINCT FROM s.noemer))
                """);
            Assert.True(violations.Count == 0, string.Join("\n", violations.Select(r => string.Join(" | ", r.Select(WarehouseDb.Fmt)))));

            var checkedRows = await WarehouseDb.ScalarAsync<long>(db.ConnectionString,
                "SELECT count(*) FROM dw.fact_indicator f JOIN dw.dim_indicator i USING (indicator_key) WHERE i.additief AND f.niveau = 'swv'");
            Assert.True(checkedRows > 50, $"only {checkedRows} SWV rows were checked");
            await WarehouseDb.QueryAsync(db.ConnectionString, "TRUNCATE etl.delivery_load, etl.quality_gate_result, etl.load_run, dw.fact_indicator, dw.fact_tv_registratie, dw.fact_opp, dw.fact_verzuim, dw.fact_observatie, dw.fact_ondersteuning, dw.fact_doorstroom, dw.fact_consultatie, dw.fact_tlv_aanvraag, dw.fact_duo_leerlingen, dw.subregio_regel");
        }
    }
}
