namespace KoersInsights.TestSupport;

/// <summary>
/// What the test command (<c>./test</c>) provides through environment variables. Outside it, the values are
/// absent and the tests that need them skip with a reason instead of failing.
/// </summary>
public static class TestEnvironment
{
    /// <summary>Connection string of the throwaway PostgreSQL 15 server (superuser) started by <c>./test</c>.</summary>
    public static string? PostgresConnectionString => Value("KOERS_TEST_POSTGRES");

    /// <summary>Blob endpoint of the throwaway Azurite, e.g. <c>http://127.0.0.1:10000/devstoreaccount1</c>.</summary>
    public static string? AzuriteBlobEndpoint => Value("KOERS_TEST_AZURITE");

    /// <summary>Azurite's well-known development account name and key (public, documented by Microsoft).</summary>
    public const string AzuriteAccountName = "devstoreaccount1";

    /// <summary>The public development key every Azurite install accepts; not a secret.</summary>
    public const string AzuriteAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>Folder with the npm test tools installed (<c>tests/tools</c> with node_modules): DuckDB, ajv.</summary>
    public static string? NodeToolsDirectory
    {
        get
        {
            var dir = Value("KOERS_TEST_NODE_TOOLS") ?? Path.Combine(RepositoryRoot, "tests", "tools");
            return Directory.Exists(Path.Combine(dir, "node_modules")) ? dir : null;
        }
    }

    /// <summary>The repository root (the folder holding KoersInsights.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary><c>../shared</c> beside the repository, when present (CI has it).</summary>
    public static string? SharedDirectory
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(dir) ? dir : null;
        }
    }

    private static string? Value(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KoersInsights.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"KoersInsights.sln not found above {AppContext.BaseDirectory}.");
    }
}
