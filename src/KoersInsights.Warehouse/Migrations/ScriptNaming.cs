using System.Text.RegularExpressions;
using KoersInsights.Core;

namespace KoersInsights.Warehouse.Migrations;

/// <summary>Maps a path under sql/ to its group and enforces the naming rules of style.md.</summary>
internal static partial class ScriptNaming
{
    public static ScriptGroup? GroupOf(string relativePath) => relativePath.Split('/')[0] switch
    {
        "migrations" => ScriptGroup.RunOnce,
        "views" => ScriptGroup.Views,
        "post" => ScriptGroup.Post,
        _ => null,
    };

    public static void Validate(string relativePath, ScriptGroup group)
    {
        var fileName = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        if (group == ScriptGroup.RunOnce && !RunOnceName().IsMatch(fileName))
        {
            throw new KoersException(
                $"sql/{relativePath}: a run-once migration is named NNNN-Type-Object-Verb.sql (e.g. 0003-Table-dim_vestiging-Create.sql)");
        }
    }

    public static IReadOnlyList<SqlScript> Order(IEnumerable<SqlScript> scripts) =>
        scripts.OrderBy(s => s.Group).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"^\d{4}-[A-Za-z]+-[A-Za-z0-9_.]+-[A-Za-z]+\.sql$")]
    private static partial Regex RunOnceName();
}
