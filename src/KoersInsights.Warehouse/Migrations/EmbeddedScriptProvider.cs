using System.Reflection;

namespace KoersInsights.Warehouse.Migrations;

/// <summary>The scripts of the repository's sql/ folder, embedded in this assembly at build time (see the csproj).</summary>
public sealed class EmbeddedScriptProvider : IScriptProvider
{
    private const string Prefix = "sql/";
    private readonly Assembly _assembly;

    public EmbeddedScriptProvider(Assembly? assembly = null) => _assembly = assembly ?? typeof(EmbeddedScriptProvider).Assembly;

    public IReadOnlyList<SqlScript> GetScripts()
    {
        var scripts = new List<SqlScript>();
        foreach (var resource in _assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var relative = resource[Prefix.Length..];
            if (ScriptNaming.GroupOf(relative) is not { } group)
            {
                continue;
            }

            ScriptNaming.Validate(relative, group);
            using var stream = _assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add(new SqlScript(relative, group, reader.ReadToEnd()));
        }

        return ScriptNaming.Order(scripts);
    }
}
