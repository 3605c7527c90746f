using KoersInsights.TestSupport;

namespace KoersInsights.Ingestion.Tests.Support;

/// <summary>The real DUO files in ../shared/data/duo (read in place, never copied into the repository).</summary>
public static class SharedDuo
{
    public static string Folder => Path.Combine(TestEnvironment.SharedDirectory!, "data", "duo");

    public static string File(string name) => Path.Combine(Folder, name);
}
