namespace KoersInsights.Warehouse.Migrations;

/// <summary>Scripts read from a folder laid out like the repository's sql/ (migrations/, views/, post/).</summary>
public sealed class FileSystemScriptProvider(string sqlFolder) : IScriptProvider
{
    public IReadOnlyList<SqlScript> GetScripts()
    {
        var scripts = new List<SqlScript>();
        foreach (var file in Directory.EnumerateFiles(sqlFolder, "*.sql", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sqlFolder, file).Replace('\\', '/');
            if (ScriptNaming.GroupOf(relative) is not { } group)
            {
                continue;
            }

            ScriptNaming.Validate(relative, group);
            scripts.Add(new SqlScript(relative, group, File.ReadAllText(file)));
        }

        return ScriptNaming.Order(scripts);
    }
}
