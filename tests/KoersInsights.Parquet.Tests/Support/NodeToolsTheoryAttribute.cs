using KoersInsights.TestSupport;

namespace KoersInsights.Parquet.Tests.Support;

/// <summary>A theory that needs the npm test tools (DuckDB); skips with the same reason as [NodeToolsFact].</summary>
public sealed class NodeToolsTheoryAttribute : TheoryAttribute
{
    public NodeToolsTheoryAttribute()
    {
        if (TestEnvironment.NodeToolsDirectory is null)
        {
            Skip = "No npm test tools in tests/tools/node_modules. Run ./test, which installs them from the lock file.";
        }
    }
}
