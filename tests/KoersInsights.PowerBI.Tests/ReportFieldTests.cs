using KoersInsights.PowerBI.Tests.Report;

namespace KoersInsights.PowerBI.Tests;

/// <summary>
/// Schema validity says nothing about the model: every Column and Measure a visual, slicer, filter or drill-through
/// uses must exist in the TMDL model as that kind of object, or Desktop shows a broken visual.
/// </summary>
public sealed class ReportFieldTests
{
    private static readonly IReadOnlyList<ReportFieldReference> Fields = ReportFields.Find(PowerBIProject.ReportFolder);

    [Fact]
    public void The_report_uses_fields_on_every_page()
    {
        var pages = Directory.GetDirectories(Path.Combine(PowerBIProject.ReportFolder, "definition", "pages"));

        Assert.Equal(8, pages.Length);
        Assert.All(pages, p => Assert.Contains(Fields, f => f.File.StartsWith($"definition/pages/{Path.GetFileName(p)}/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_column_reference_names_a_column_of_that_table()
    {
        var model = PowerBIProject.Model;
        var missing = Fields.Where(f => f.Kind == "Column")
            .Where(f => model.Tables.SingleOrDefault(t => t.Name == f.Entity)?.Column(f.Property) is null)
            .Select(f => $"{f.File}: column {f.Entity}[{f.Property}]").Distinct();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_measure_reference_names_a_measure_of_that_table()
    {
        var model = PowerBIProject.Model;
        var missing = Fields.Where(f => f.Kind == "Measure")
            .Where(f => model.Tables.SingleOrDefault(t => t.Name == f.Entity)?.Measure(f.Property) is null)
            .Select(f => $"{f.File}: measure {f.Entity}[{f.Property}]").Distinct();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_projection_query_ref_is_table_dot_field()
    {
        var wrong = Fields.Where(f => f.QueryRef is not null && f.QueryRef != $"{f.Entity}.{f.Property}")
            .Select(f => $"{f.File}: {f.QueryRef} for {f.Entity}.{f.Property}");

        Assert.Empty(wrong);
    }

    [Fact]
    public void Visuals_do_not_show_hidden_columns()
    {
        var model = PowerBIProject.Model;
        var hidden = Fields.Where(f => f.Kind == "Column" && model.Tables.SingleOrDefault(t => t.Name == f.Entity)?.Column(f.Property)?.IsHidden == true)
            .Select(f => $"{f.File}: {f.Entity}[{f.Property}] is hidden");

        Assert.Empty(hidden);
    }

    [Fact]
    public void Slicers_for_schooljaar_subregio_and_gemeente_are_on_the_report_pages()
    {
        var slicerFields = Fields.Where(f => f.File.Contains("_slicer_", StringComparison.Ordinal)).Select(f => $"{f.Entity}[{f.Property}]").ToHashSet();

        Assert.Contains("Schooljaar[Schooljaar]", slicerFields);
        Assert.Contains("Subregio[Subregio]", slicerFields);
        Assert.Contains("Gemeente[Gemeente]", slicerFields);
    }
}
