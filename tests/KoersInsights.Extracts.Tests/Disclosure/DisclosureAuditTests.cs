using KoersInsights.Extracts.Disclosure;
using KoersInsights.Extracts.Publishing;
using KoersInsights.Extracts.Scope;
using KoersInsights.Extracts.Tests.Fixtures;
using KoersInsights.Extracts.Writers;

namespace KoersInsights.Extracts.Tests.Disclosure;

public sealed class DisclosureAuditTests
{
    private static readonly string[] Years = ["2021-2022", "2022-2023", "2023-2024"];

    [Fact]
    public void Audit_catches_a_release_with_primary_suppression_only()
    {
        var (scope, rows) = GemeenteA();
        var grid = DisclosureGrid.FromRows(rows, ThresholdPolicy.Default);
        RelationBuilder.AddRelations(grid, scope);
        PrimarySuppression.Apply(grid);

        var findings = DisclosureAudit.Run(Csv(rows, grid, scope), scope, rows, ThresholdPolicy.Default);

        Assert.Contains(findings, f => f.StartsWith("exposed: Recoverable", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("difference:", StringComparison.Ordinal));
    }

    [Fact]
    public void Audit_catches_a_published_small_count()
    {
        var (scope, rows) = GemeenteA();
        var grid = DisclosureGrid.FromRows(rows, ThresholdPolicy.Default);

        var findings = DisclosureAudit.Run(Csv(rows, grid, scope), scope, rows, ThresholdPolicy.Default);

        Assert.Contains(findings, f => f.Contains("publishes the small count 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Audit_passes_the_protected_release()
    {
        var (scope, rows) = GemeenteA();
        var grid = ReleaseBuilder.Protect(scope, rows, ThresholdPolicy.Default);

        Assert.Empty(DisclosureAudit.Run(Csv(rows, grid, scope), scope, rows, ThresholdPolicy.Default));
    }

    private static (GemeenteScope Scope, List<IndicatorRow> Rows) GemeenteA()
    {
        var vestigingen = Years.SelectMany(y => AdversarialRegion.Vestigingen.Where(v => v.Gemeente == AdversarialRegion.GemeenteA)
            .Select(v => new ScopedVestiging(v.Code, v.Naam, y, v.Subregio))).ToList();
        var scope = new GemeenteScope(AdversarialRegion.GemeenteA, "Capelle", "extracts/0502", Years, vestigingen);
        return (scope, AdversarialRegion.Rows().Where(scope.Contains).ToList());
    }

    private static Dictionary<string, byte[]> Csv(List<IndicatorRow> rows, DisclosureGrid grid, GemeenteScope scope) =>
        ReleaseTables.Build(rows, grid, scope, new Dictionary<string, IndicatorDefinition>())
            .ToDictionary(t => t.Name + ".csv", CsvTableWriter.Write);
}
