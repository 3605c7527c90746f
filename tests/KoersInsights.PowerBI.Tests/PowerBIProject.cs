using KoersInsights.PowerBI.Tests.Tmdl;
using KoersInsights.TestSupport;

namespace KoersInsights.PowerBI.Tests;

/// <summary>Where the repository's Power BI project lives, and its model read once per test run.</summary>
public static class PowerBIProject
{
    public static string Folder { get; } = Path.Combine(TestEnvironment.RepositoryRoot, "powerbi");

    public static string ModelFolder { get; } = Path.Combine(Folder, "KoersInsights.SemanticModel");

    public static string ModelDefinitionFolder { get; } = Path.Combine(ModelFolder, "definition");

    public static string ReportFolder { get; } = Path.Combine(Folder, "KoersInsights.Report");

    public static TmdlModel Model => Cache.Model.Value;

    // Nested so the folders above are initialised before the model is read.
    private static class Cache
    {
        public static readonly Lazy<TmdlModel> Model = new(() => TmdlModelReader.Read(ModelDefinitionFolder));
    }
}
