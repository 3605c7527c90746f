using Xunit;

namespace KoersInsights.TestSupport;

// Facts that need a real engine skip with a clear reason when run outside ./test; CI always runs ./test,
// so there they always run (Dapper's practice for database tests).

/// <summary>A fact that needs the PostgreSQL server started by <c>./test</c>.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestEnvironment.PostgresConnectionString is null)
        {
            Skip = "No PostgreSQL: KOERS_TEST_POSTGRES is not set. Run ./test, which starts a throwaway server.";
        }
    }
}

/// <summary>A fact that needs the Azurite blob emulator started by <c>./test</c>.</summary>
public sealed class AzuriteFactAttribute : FactAttribute
{
    public AzuriteFactAttribute()
    {
        if (TestEnvironment.AzuriteBlobEndpoint is null)
        {
            Skip = "No Azurite: KOERS_TEST_AZURITE is not set. Run ./test, which starts a throwaway Azurite.";
        }
    }
}

/// <summary>A fact that needs the npm test tools (DuckDB, ajv) installed by <c>./test</c>.</summary>
public sealed class NodeToolsFactAttribute : FactAttribute
{
    public NodeToolsFactAttribute()
    {
        if (TestEnvironment.NodeToolsDirectory is null)
        {
            Skip = "No npm test tools in tests/tools/node_modules. Run ./test, which installs them from the lock file.";
        }
    }
}

/// <summary>A fact that reads material from <c>../shared</c> (real DUO files, Power BI schemas).</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (TestEnvironment.SharedDirectory is null)
        {
            Skip = "../shared is not beside the repository; the real DUO files and Power BI schemas live there.";
        }
    }
}
