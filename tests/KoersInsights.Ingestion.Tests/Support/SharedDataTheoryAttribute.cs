using KoersInsights.TestSupport;

namespace KoersInsights.Ingestion.Tests.Support;

/// <summary>The theory form of [SharedDataFact]: skips with the same reason when ../shared is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (TestEnvironment.SharedDirectory is null)
        {
            Skip = "../shared is not beside the repository; the real DUO files live there.";
        }
    }
}
