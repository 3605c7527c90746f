using System.Text.RegularExpressions;
using KoersInsights.TestSupport;

namespace KoersInsights.Warehouse.Tests.Sql;

/// <summary>style.md §2: every table and view states its grain in a comment at its top.</summary>
public sealed partial class GrainCommentTests
{
    [Fact]
    public void Every_table_and_view_in_sql_is_preceded_by_a_grain_comment()
    {
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestEnvironment.RepositoryRoot, "sql"), "*.sql", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var create = CreateStatement().Match(lines[i]);
                if (!create.Success)
                {
                    continue;
                }

                // The grain comment is in the comment block right above (a view file may drop the view in between).
                var j = i - 1;
                while (j >= 0 && (lines[j].StartsWith("--", StringComparison.Ordinal) || lines[j].StartsWith("DROP VIEW", StringComparison.Ordinal)))
                {
                    j--;
                }

                if (!lines[(j + 1)..i].Any(l => l.StartsWith("-- grain:", StringComparison.Ordinal)))
                {
                    missing.Add($"{Path.GetFileName(file)}: {create.Groups[1].Value}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [GeneratedRegex(@"^CREATE (?:UNLOGGED )?(?:TABLE|VIEW) ([a-z_.]+)")]
    private static partial Regex CreateStatement();
}
