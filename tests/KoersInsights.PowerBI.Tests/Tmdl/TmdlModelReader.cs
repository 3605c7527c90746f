using System.Text.RegularExpressions;

namespace KoersInsights.PowerBI.Tests.Tmdl;

/// <summary>Reads a semantic model's <c>definition/</c> folder (all <c>*.tmdl</c> files) into a <see cref="TmdlModel"/>.</summary>
public static partial class TmdlModelReader
{
    public static TmdlModel Read(string definitionFolder)
    {
        var errors = new List<string>();
        var nodes = new List<TmdlNode>();
        foreach (var path in Directory.EnumerateFiles(definitionFolder, "*.tmdl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(definitionFolder, path).Replace('\\', '/');
            nodes.AddRange(TmdlParser.Parse(file, File.ReadAllText(path), errors));
        }

        var tables = nodes.Where(n => n.Kind == TmdlNodeKind.Object && n.Keyword == "table").Select(ReadTable).ToList();
        var relationships = new List<TmdlRelationship>();
        foreach (var node in nodes.Where(n => n.Kind == TmdlNodeKind.Object && n.Keyword == "relationship"))
        {
            try
            {
                var (fromTable, fromColumn) = TmdlName.ReadColumnReference(node.Property("fromColumn") ?? "", node.ToString());
                var (toTable, toColumn) = TmdlName.ReadColumnReference(node.Property("toColumn") ?? "", node.ToString());
                relationships.Add(new TmdlRelationship(node.Name!, fromTable, fromColumn, toTable, toColumn,
                    node.Property("crossFilteringBehavior") ?? "oneDirection", node.Property("isActive") != "false", node));
            }
            catch (TmdlException ex)
            {
                errors.Add(ex.Message);
            }
        }

        var roles = nodes.Where(n => n.Kind == TmdlNodeKind.Object && n.Keyword == "role").Select(r => new TmdlRole(
            r.Name!, r.Description, r.Property("modelPermission"),
            r.Objects("tablePermission").ToDictionary(p => p.Name!, p => p.Value ?? ""))).ToList();
        var expressions = nodes.Where(n => n.Kind == TmdlNodeKind.Object && n.Keyword == "expression")
            .ToDictionary(n => n.Name!, n => n.Value ?? "");
        return new TmdlModel(nodes, tables, relationships, roles, expressions, errors);
    }

    private static TmdlTable ReadTable(TmdlNode table)
    {
        var columns = table.Objects("column").Select(c => new TmdlColumn(
            table.Name!, c.Name!, c.Property("dataType"), c.Property("sourceColumn"), c.Description, c.Flag("isHidden"),
            c.Flag("isKey"), c.Property("summarizeBy"), c.Property("formatString"), SortBy(c), c)).ToList();
        var measures = table.Objects("measure").Select(m => new TmdlMeasure(
            table.Name!, m.Name!, m.Value ?? "", m.Description, m.Flag("isHidden"), m.Property("formatString"),
            m.Property("displayFolder"), m)).ToList();
        var partitions = table.Objects("partition").Select(p =>
        {
            var source = p.Property("source");
            var match = source is null ? null : PostgresItem().Match(source);
            return new TmdlPartition(p.Name!, p.Value, p.Property("mode"), source,
                match is { Success: true } ? match.Groups["schema"].Value : null,
                match is { Success: true } ? match.Groups["item"].Value : null);
        }).ToList();
        return new TmdlTable(table.Name!, table.Description, table.Flag("isHidden"), table.Property("dataCategory"),
            columns, measures, partitions, table);
    }

    private static string? SortBy(TmdlNode column)
    {
        var value = column.Property("sortByColumn");
        return value is null ? null : TmdlName.Read(value, column.ToString()).Name;
    }

    // Navigation step of Power Query's PostgreSQL connector: Source{[Schema="rpt",Item="view"]}[Data]
    [GeneratedRegex("""\{\[Schema="(?<schema>[^"]+)",\s*Item="(?<item>[^"]+)"\]\}\[Data\]""")]
    private static partial Regex PostgresItem();
}
