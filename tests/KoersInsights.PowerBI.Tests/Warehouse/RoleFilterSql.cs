using System.Text.RegularExpressions;
using KoersInsights.PowerBI.Tests.Tmdl;

namespace KoersInsights.PowerBI.Tests.Warehouse;

/// <summary>
/// Translates the model's row-level security to SQL over the rpt views, so a test can see which rows a user would
/// see. Two DAX patterns are understood (any other fails the translation, so a new pattern needs a translation here):
/// <c>'Dim'[Col] IN CALCULATETABLE(VALUES('Sec'[X]), 'Sec'[User] = USERPRINCIPALNAME()[, 'Sec'[Y] = "lit"]…)</c>
/// and <c>'Sec'[User] = USERPRINCIPALNAME()</c>. A table filtered by a role filters the tables on the many side of
/// its relationships; their rows whose key is blank or unmatched disappear, as the blank row of a filtered
/// dimension is not visible under row-level security.
/// </summary>
public static partial class RoleFilterSql
{
    /// <summary>SQL selecting the rows of <paramref name="table"/>'s view the user <c>$1</c> sees under <paramref name="role"/>.</summary>
    public static string VisibleRows(TmdlModel model, TmdlRole role, TmdlTable table)
    {
        var conditions = new List<string>();
        if (role.TablePermissions.TryGetValue(table.Name, out var own))
        {
            conditions.Add(Predicate(model, table, own, "x"));
        }

        foreach (var relationship in model.Relationships.Where(r => r.FromTable == table.Name && role.TablePermissions.ContainsKey(r.ToTable)))
        {
            var dimension = model.Table(relationship.ToTable);
            var key = Source(dimension, relationship.ToColumn);
            conditions.Add($"x.{Source(table, relationship.FromColumn)} IN (SELECT d.{key} FROM {View(dimension)} d WHERE " +
                           $"{Predicate(model, dimension, role.TablePermissions[dimension.Name], "d")})");
        }

        return $"SELECT x.* FROM {View(table)} x" + (conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions));
    }

    public static string View(TmdlTable table)
    {
        var partition = table.Partitions.Single();
        return $"{partition.Schema}.{partition.Item}";
    }

    public static string Source(TmdlTable table, string column) =>
        table.Column(column)?.SourceColumn ?? throw new InvalidOperationException($"{table.Name}[{column}] has no sourceColumn");

    private static string Predicate(TmdlModel model, TmdlTable table, string dax, string alias)
    {
        var scoped = ScopedIn().Match(dax.Trim());
        if (scoped.Success)
        {
            Assert.Equal(table.Name, scoped.Groups["table"].Value);
            var security = model.Table(scoped.Groups["sec"].Value);
            var filters = new List<string> { $"s.{Source(security, scoped.Groups["user"].Value)} = $1" };
            foreach (Capture extra in scoped.Groups["extra"].Captures)
            {
                var condition = Equality().Match(extra.Value);
                Assert.True(condition.Success, $"cannot translate \"{extra.Value}\"");
                filters.Add($"s.{Source(security, condition.Groups["col"].Value)} = '{condition.Groups["lit"].Value.Replace("'", "''", StringComparison.Ordinal)}'");
            }

            return $"{alias}.{Source(table, scoped.Groups["col"].Value)} IN (SELECT s.{Source(security, scoped.Groups["value"].Value)} " +
                   $"FROM {View(security)} s WHERE {string.Join(" AND ", filters)})";
        }

        var ownRows = OwnRows().Match(dax.Trim());
        Assert.True(ownRows.Success && ownRows.Groups["table"].Value == table.Name, $"cannot translate the filter on {table.Name}: {dax}");
        return $"{alias}.{Source(table, ownRows.Groups["user"].Value)} = $1";
    }

    [GeneratedRegex("""^'(?<table>[^']+)'\[(?<col>[^\]]+)\] IN CALCULATETABLE\(VALUES\('(?<sec>[^']+)'\[(?<value>[^\]]+)\]\), '\k<sec>'\[(?<user>[^\]]+)\] = USERPRINCIPALNAME\(\)(?<extra>, '\k<sec>'\[[^\]]+\] = "[^"]*")*\)$""")]
    private static partial Regex ScopedIn();

    [GeneratedRegex("""'[^']+'\[(?<col>[^\]]+)\] = "(?<lit>[^"]*)"$""")]
    private static partial Regex Equality();

    [GeneratedRegex("""^'(?<table>[^']+)'\[(?<user>[^\]]+)\] = USERPRINCIPALNAME\(\)$""")]
    private static partial Regex OwnRows();
}
