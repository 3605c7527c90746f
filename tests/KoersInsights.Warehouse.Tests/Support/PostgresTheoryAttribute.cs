using KoersInsights.TestSupport;

namespace KoersInsights.Warehouse.Tests.Support;

/// <summary>A theory that needs the PostgreSQL server of <c>./test</c>; skips like [PostgresFact] without it.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (TestEnvironment.PostgresConnectionString is null)
        {
            Skip = "No PostgreSQL: KOERS_TEST_POSTGRES is not set. Run ./test, which starts a throwaway server.";
        }
    }
}
