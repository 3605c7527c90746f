using KoersInsights.TestSupport;

namespace KoersInsights.PowerBI.Tests;

/// <summary>
/// A fact that runs ajv (npm test tools, as <see cref="NodeToolsFactAttribute"/>) over Microsoft's schemas in
/// <c>../shared/powerbi-schemas</c>; skips with the reason when either is missing.
/// </summary>
public sealed class SchemaFactAttribute : FactAttribute
{
    public SchemaFactAttribute()
    {
        if (TestEnvironment.NodeToolsDirectory is null)
        {
            Skip = "No npm test tools in tests/tools/node_modules. Run ./test, which installs them from the lock file.";
        }
        else if (SchemasFolder is null)
        {
            Skip = "../shared/powerbi-schemas is not beside the repository; the PBIR schema check needs Microsoft's schemas.";
        }
    }

    public static string? SchemasFolder =>
        TestEnvironment.SharedDirectory is { } shared && Directory.Exists(Path.Combine(shared, "powerbi-schemas", "fabric"))
            ? Path.Combine(shared, "powerbi-schemas")
            : null;
}
