using KoersInsights.Functions.Definitions;

namespace KoersInsights.Functions;

/// <summary>
/// Every function, in dependency order: ingestion before the load, the load before extracts, retention last.
/// <c>./koers refresh</c> runs them in this order; the host schedules each on its own timer.
/// </summary>
public static class FunctionCatalog
{
    public static IReadOnlyList<IKoersFunction> All { get; } =
    [
        new IngestDuo(),
        new IngestSchoolDeliveries(),
        new IngestSurveys(),
        new LoadWarehouse(),
        new PublishExtracts(),
        new PurgeRetention(),
    ];
}
