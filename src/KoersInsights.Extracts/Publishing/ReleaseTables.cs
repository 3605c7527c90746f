using KoersInsights.Extracts.Disclosure;
using KoersInsights.Extracts.Scope;
using KoersInsights.Extracts.Writers;

namespace KoersInsights.Extracts.Publishing;

/// <summary>
/// Turns a suppressed grid into the three tables of a release: <c>vestigingen</c> (each vestiging in the gemeente plus
/// the gemeente total), <c>woongemeente</c> (pupils living in the gemeente) and <c>subregio</c> (its subregio's totals).
/// Only cells the grid marks Published reach the tables as numbers.
/// </summary>
public static class ReleaseTables
{
    public const string Vestigingen = "vestigingen";
    public const string Woongemeente = "woongemeente";
    public const string Subregio = "subregio";

    public static IReadOnlyList<ReleaseColumn> Columns { get; } =
    [
        new("schooljaar", ColumnKind.Text),
        new("indicator_code", ColumnKind.Text),
        new("indicator", ColumnKind.Text),
        new("niveau", ColumnKind.Text),
        new("code", ColumnKind.Text),
        new("naam", ColumnKind.Text),
        new("subregio", ColumnKind.Text),
        new("uitsplitsing", ColumnKind.Text),
        new("teller", ColumnKind.Number),
        new("noemer", ColumnKind.Number),
        new("waarde", ColumnKind.Number),
        new("reden", ColumnKind.Text),
    ];

    public static IReadOnlyList<ReleaseTable> Build(
        IReadOnlyList<IndicatorRow> rows, DisclosureGrid grid, GemeenteScope scope, IReadOnlyDictionary<string, IndicatorDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(definitions);
        var ordered = rows.OrderBy(r => r.Schooljaar, StringComparer.Ordinal)
            .ThenBy(r => r.IndicatorCode, StringComparer.Ordinal)
            .ThenBy(r => r.Niveau, StringComparer.Ordinal)
            .ThenBy(r => r.NiveauCode, StringComparer.Ordinal)
            .ThenBy(r => r.Uitsplitsing, StringComparer.Ordinal)
            .ToList();
        return
        [
            Table(Vestigingen, "vestigingen", ordered.Where(r => r.Niveau is Niveaus.Vestiging or Niveaus.Gemeente), grid, scope, definitions),
            Table(Woongemeente, "woongemeente", ordered.Where(r => r.Niveau == Niveaus.Woongemeente), grid, scope, definitions),
            Table(Subregio, "subregio", ordered.Where(r => r.Niveau == Niveaus.Subregio), grid, scope, definitions),
        ];
    }

    private static ReleaseTable Table(
        string name, string title, IEnumerable<IndicatorRow> rows, DisclosureGrid grid, GemeenteScope scope,
        IReadOnlyDictionary<string, IndicatorDefinition> definitions) =>
        new(name, title, Columns, rows.Select(r => Row(r, grid, scope, definitions)).ToList());

    private static ReleaseValue[] Row(IndicatorRow row, DisclosureGrid grid, GemeenteScope scope, IReadOnlyDictionary<string, IndicatorDefinition> definitions)
    {
        var fate = RowFate.Of(row, grid);
        var vestiging = row.Niveau == Niveaus.Vestiging
            ? scope.Vestigingen.FirstOrDefault(v => v.Schooljaar == row.Schooljaar && v.Vestigingscode == row.NiveauCode)
            : null;
        var naam = row.Niveau switch
        {
            Niveaus.Vestiging => vestiging?.Naam,
            Niveaus.Gemeente or Niveaus.Woongemeente => scope.Naam,
            _ => row.NiveauCode,
        };
        return
        [
            ReleaseValue.Of(row.Schooljaar),
            ReleaseValue.Of(row.IndicatorCode),
            ReleaseValue.Of(definitions.GetValueOrDefault(row.IndicatorCode)?.Naam ?? row.IndicatorCode),
            ReleaseValue.Of(row.Niveau),
            ReleaseValue.Of(row.NiveauCode),
            ReleaseValue.Of(naam),
            ReleaseValue.Of(vestiging?.Subregio),
            ReleaseValue.Of(row.Uitsplitsing),
            Value(fate.Teller, row.Teller),
            Value(fate.Noemer, row.Noemer),
            Value(fate.Waarde, row.Waarde),
            ReleaseValue.Of(fate.Reden),
        ];
    }

    private static ReleaseValue Value(CellStatus status, decimal? value) =>
        status.IsSuppressed() ? ReleaseValue.Hidden : ReleaseValue.Of(status == CellStatus.Published ? value : null);
}
