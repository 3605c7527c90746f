using System.Text.RegularExpressions;
using KoersInsights.PowerBI.Tests.Tmdl;

namespace KoersInsights.PowerBI.Tests;

/// <summary>The Best Practice Analyzer rules powerbi.md lists (Tabular Editor rule names in the test names' spirit).</summary>
public sealed partial class BestPracticeTests
{
    private static readonly string[] NumericTypes = ["int64", "decimal", "double"];

    private static TmdlModel Model => PowerBIProject.Model;

    private static IEnumerable<TmdlColumn> Columns => Model.Tables.SelectMany(t => t.Columns);

    private static IEnumerable<TmdlMeasure> Measures => Model.Tables.SelectMany(t => t.Measures);

    [Fact]
    public void Every_measure_has_a_format_string()
    {
        Assert.NotEmpty(Measures);
        Assert.Empty(Measures.Where(m => string.IsNullOrWhiteSpace(m.FormatString)).Select(m => $"{m.Table}[{m.Name}]"));
    }

    [Fact]
    public void Every_visible_table_column_and_measure_is_described_and_measures_sit_in_display_folders()
    {
        var undescribed = Model.Tables.Where(t => !t.IsHidden && string.IsNullOrWhiteSpace(t.Description)).Select(t => t.Name)
            .Concat(Columns.Where(c => !c.IsHidden && !Model.Table(c.Table).IsHidden && string.IsNullOrWhiteSpace(c.Description)).Select(c => $"{c.Table}[{c.Name}]"))
            .Concat(Measures.Where(m => !m.IsHidden && string.IsNullOrWhiteSpace(m.Description)).Select(m => $"{m.Table}[{m.Name}]"))
            .Concat(Model.Roles.Where(r => string.IsNullOrWhiteSpace(r.Description)).Select(r => $"role {r.Name}"));

        Assert.Empty(undescribed);
        Assert.Empty(Measures.Where(m => string.IsNullOrWhiteSpace(m.DisplayFolder)).Select(m => m.Name));
    }

    [Fact]
    public void Foreign_keys_are_hidden_and_primary_keys_are_hidden_and_marked_is_key()
    {
        var problems = Model.Relationships.SelectMany(r =>
        {
            var from = Model.Table(r.FromTable).Column(r.FromColumn)!;
            var to = Model.Table(r.ToTable).Column(r.ToColumn)!;
            var list = new List<string>();
            if (!from.IsHidden)
            {
                list.Add($"{r.Name}: foreign key {from.Table}[{from.Name}] is visible");
            }

            if (!to.IsKey || !to.IsHidden)
            {
                list.Add($"{r.Name}: primary key {to.Table}[{to.Name}] must be isKey and hidden");
            }

            return list;
        });

        Assert.Empty(problems);
    }

    [Fact]
    public void Relationship_keys_are_integers_of_the_same_type_and_filter_one_direction()
    {
        Assert.True(Model.Relationships.Count >= 20, $"{Model.Relationships.Count} relationships");
        Assert.All(Model.Relationships, r =>
        {
            var from = Model.Table(r.FromTable).Column(r.FromColumn)!;
            var to = Model.Table(r.ToTable).Column(r.ToColumn)!;
            Assert.Equal("int64", from.DataType);
            Assert.Equal(from.DataType, to.DataType);
            // The dynamic roles filter dimensions through IN over the security table, so no relationship needs
            // to filter both ways; a bi-directional one would let a fact filter a dimension and open ambiguous paths.
            Assert.Equal("oneDirection", r.CrossFilteringBehavior);
            Assert.True(r.IsActive, r.Name);
        });
    }

    [Fact]
    public void The_model_is_a_star_each_fact_relates_to_each_dimension_at_most_once_and_dimensions_not_to_each_other()
    {
        var dimensions = Model.Relationships.Select(r => r.ToTable).ToHashSet();

        Assert.Empty(Model.Relationships.Where(r => dimensions.Contains(r.FromTable)).Select(r => r.Name));
        Assert.Empty(Model.Relationships.GroupBy(r => (r.FromTable, r.ToTable)).Where(g => g.Count() > 1).Select(g => g.Key.ToString()));
    }

    [Fact]
    public void Numeric_columns_do_not_summarize_and_nothing_is_stored_as_double()
    {
        Assert.Empty(Columns.Where(c => NumericTypes.Contains(c.DataType) && c.SummarizeBy != "none").Select(c => $"{c.Table}[{c.Name}]"));
        Assert.Empty(Columns.Where(c => c.DataType == "double").Select(c => $"{c.Table}[{c.Name}]"));
        Assert.Empty(Columns.Where(c => c.DataType is null || c.SourceColumn is null).Select(c => $"{c.Table}[{c.Name}]"));
    }

    [Fact]
    public void Measures_divide_with_DIVIDE_reference_columns_qualified_and_measures_unqualified()
    {
        var measureNames = Measures.Select(m => m.Name).ToHashSet();
        var problems = Measures.SelectMany(m =>
        {
            var dax = DaxReferences.WithoutStrings(m.Expression);
            var list = new List<string>();
            if (Division().IsMatch(dax))
            {
                list.Add($"{m.Table}[{m.Name}] divides with / instead of DIVIDE");
            }

            list.AddRange(DaxReferences.Find(m.Expression)
                .Where(r => r.Table is null ? !measureNames.Contains(r.Name) : measureNames.Contains(r.Name) && Model.Table(r.Table).Column(r.Name) is null)
                .Select(r => $"{m.Table}[{m.Name}]: {(r.Table is null ? "unqualified column" : "qualified measure")} [{r.Name}]"));
            return list;
        });

        Assert.Empty(problems);
    }

    [Fact]
    public void Dax_stays_thin_sums_counts_and_divide_only()
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal) { "SUM", "DIVIDE", "COUNTROWS", "CALCULATE", "IF", "MIN", "MAX" };
        var functions = Measures.SelectMany(m => Function().Matches(DaxReferences.WithoutStrings(m.Expression))
            .Select(f => (Measure: m.Name, Function: f.Groups[1].Value)));

        Assert.Empty(functions.Where(f => !allowed.Contains(f.Function)).Select(f => $"{f.Measure}: {f.Function}"));
    }

    [Fact]
    public void Auto_date_tables_are_off_and_no_date_column_is_a_relationship_key()
    {
        // Desktop's "Auto date/time" is the model annotation __PBI_TimeIntelligenceEnabled (0 = off).
        Assert.Contains(Model.Nodes, n => n.Keyword == "annotation" && n.Indent == 0 && n.Name == "__PBI_TimeIntelligenceEnabled" && n.Value == "0");
        Assert.Empty(Model.Relationships.Where(r => Model.Table(r.ToTable).Column(r.ToColumn)!.DataType == "dateTime").Select(r => r.Name));
    }

    [Fact]
    public void Schooljaar_is_a_proper_dimension_sorted_by_a_number_and_every_sort_column_is_an_integer()
    {
        // Facts are at schooljaar grain (1 Aug – 31 Jul), so a schooljaar dimension replaces a daily date table;
        // the rule "mark the date table" then applies to no table, and "sort month names by a number" to schooljaar.
        var schooljaar = Model.Table("Schooljaar");
        Assert.Equal("Sorteervolgorde", schooljaar.Column("Schooljaar")!.SortByColumn);
        Assert.Null(Model.Tables.FirstOrDefault(t => t.DataCategory == "Time" && !t.Columns.Any(c => c.IsKey && c.DataType == "dateTime")));
        Assert.All(Columns.Where(c => c.SortByColumn is not null), c => Assert.Equal("int64", Model.Table(c.Table).Column(c.SortByColumn!)!.DataType));
    }

    [Fact]
    public void Implicit_measures_are_discouraged_and_the_culture_is_dutch()
    {
        var model = Model.Nodes.Single(n => n.Keyword == "model");

        Assert.True(model.Flag("discourageImplicitMeasures"));
        Assert.Equal("nl-NL", model.Property("culture"));
        Assert.Contains(Model.Nodes, n => n.Keyword == "cultureInfo" && n.Name == "nl-NL");
    }

    // A "/" between operands; DAX comments are not used in this model.
    [GeneratedRegex(@"[\w\])]\s*/\s*[\w\[(']")]
    private static partial Regex Division();

    [GeneratedRegex(@"\b([A-Z][A-Z0-9_.]*)\s*\(")]
    private static partial Regex Function();
}
