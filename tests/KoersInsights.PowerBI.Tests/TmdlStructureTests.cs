using KoersInsights.PowerBI.Tests.Tmdl;

namespace KoersInsights.PowerBI.Tests;

/// <summary>What the TMDL deserializer would reject: indentation, quoting, unknown objects and properties, dangling references.</summary>
public sealed class TmdlStructureTests
{
    private static TmdlModel Model => PowerBIProject.Model;

    [Fact]
    public void Every_tmdl_file_parses_with_tab_indentation_and_valid_quoting()
    {
        Assert.Empty(Model.Errors);
        Assert.True(Model.Tables.Count >= 13, $"{Model.Tables.Count} tables read");
    }

    [Fact]
    public void The_reader_rejects_spaces_for_tabs_unquoted_names_with_spaces_and_skipped_levels()
    {
        var errors = new List<string>();
        TmdlParser.Parse("x.tmdl", "table T\n    column A\n", errors);
        TmdlParser.Parse("y.tmdl", "table T\n\tcolumn Mijn kolom\n", errors);
        TmdlParser.Parse("z.tmdl", "table T\n\t\t\tdataType: int64\n", errors);
        TmdlParser.Parse("q.tmdl", "table 'Open\n", errors);

        Assert.Equal(4, errors.Count);
        Assert.Contains("tabs only", errors[0], StringComparison.Ordinal);
        Assert.Contains("unquoted name", errors[1], StringComparison.Ordinal);
        Assert.Contains("expected 1", errors[2], StringComparison.Ordinal);
        Assert.Contains("unterminated", errors[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_object_and_property_is_one_tmdl_knows_in_that_place()
    {
        var problems = TmdlVocabulary.Check(null, Model.Nodes).ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void Names_that_need_quotes_are_quoted_where_they_are_declared()
    {
        var definition = PowerBIProject.ModelDefinitionFolder;
        var unquoted = Model.Tables.SelectMany(t => t.Columns.Select(c => c.Node).Concat(t.Measures.Select(m => m.Node)).Append(t.Node))
            .Where(n => TmdlName.NeedsQuotes(n.Name!))
            .Where(n => !File.ReadAllLines(Path.Combine(definition, n.File))[n.Line - 1].Contains($"'{n.Name!.Replace("'", "''", StringComparison.Ordinal)}'", StringComparison.Ordinal))
            .Select(n => n.ToString());

        Assert.Empty(unquoted);
    }

    [Fact]
    public void Model_refs_match_the_table_and_role_files()
    {
        var refs = Model.Nodes.Where(n => n.Keyword == "model").SelectMany(n => n.Children).ToList();
        var rootRefs = Model.Nodes.Where(n => n.Keyword.StartsWith("ref ", StringComparison.Ordinal)).ToList();
        var tableRefs = rootRefs.Concat(refs).Where(n => n.Keyword == "ref table").Select(n => n.Name).Order().ToList();
        var roleRefs = rootRefs.Concat(refs).Where(n => n.Keyword == "ref role").Select(n => n.Name).Order().ToList();

        Assert.Equal(Model.Tables.Select(t => t.Name).Order(), tableRefs);
        Assert.Equal(Model.Roles.Select(r => r.Name).Order(), roleRefs);
        Assert.All(Model.Tables, t => Assert.True(File.Exists(Path.Combine(PowerBIProject.ModelDefinitionFolder, "tables", t.Name + ".tmdl")), t.Name));
    }

    [Fact]
    public void Relationships_and_sort_columns_point_at_existing_columns()
    {
        var missing = Model.Relationships
            .SelectMany(r => new[] { (r.FromTable, r.FromColumn, r.Name), (r.ToTable, r.ToColumn, r.Name) })
            .Where(x => Model.Tables.SingleOrDefault(t => t.Name == x.Item1)?.Column(x.Item2) is null)
            .Select(x => $"{x.Item3}: {x.Item1}[{x.Item2}]")
            .Concat(Model.Tables.SelectMany(t => t.Columns).Where(c => c.SortByColumn is not null && Model.Table(c.Table).Column(c.SortByColumn) is null)
                .Select(c => $"{c.Table}[{c.Name}] sorts by missing {c.SortByColumn}"));

        Assert.Empty(missing);
    }

    [Fact]
    public void Dax_references_resolve_to_columns_and_measures_of_the_model()
    {
        var measures = Model.Tables.SelectMany(t => t.Measures).ToList();
        var expressions = measures.Select(m => (Where: $"{m.Table}[{m.Name}]", Dax: m.Expression))
            .Concat(Model.Roles.SelectMany(r => r.TablePermissions.Select(p => (Where: $"role {r.Name} on {p.Key}", Dax: p.Value))));
        var unresolved = expressions.SelectMany(e => DaxReferences.Find(e.Dax).Select(r => (e.Where, r.Table, r.Name)))
            .Where(r => r.Table is null
                ? measures.All(m => m.Name != r.Name)
                : Model.Tables.SingleOrDefault(t => t.Name == r.Table)?.Column(r.Name) is null)
            .Select(r => $"{r.Where}: {r.Table}[{r.Name}]");

        Assert.Empty(unresolved);
    }

    [Fact]
    public void Measure_names_are_unique_and_differ_from_the_columns_of_their_table()
    {
        var measures = Model.Tables.SelectMany(t => t.Measures).ToList();

        Assert.Empty(measures.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(measures.Where(m => Model.Table(m.Table).Columns.Any(c => string.Equals(c.Name, m.Name, StringComparison.OrdinalIgnoreCase))).Select(m => m.Name));
    }

    [Fact]
    public void Partitions_import_rpt_views_through_the_server_and_database_parameters()
    {
        Assert.All(Model.Tables, t =>
        {
            var partition = Assert.Single(t.Partitions);
            Assert.Equal("m", partition.Type);
            Assert.Equal("import", partition.Mode);
            Assert.Contains("PostgreSQL.Database(PgServer, PgDatabase)", partition.Source, StringComparison.Ordinal);
            Assert.Equal("rpt", partition.Schema);
            Assert.NotNull(partition.Item);
        });
        Assert.All(new[] { "PgServer", "PgDatabase" }, p =>
            Assert.Contains("IsParameterQuery=true", Model.Expressions[p], StringComparison.Ordinal));
    }
}
