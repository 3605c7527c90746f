namespace KoersInsights.Demo;

/// <summary>The landing sources of the lake (docs/lake.md).</summary>
public static class DemoSources
{
    public const string Duo = "duo";
    public const string Schools = "schools";
    public const string Surveys = "surveys";

    public static IReadOnlyList<string> All { get; } = [Duo, Schools, Surveys];
}
