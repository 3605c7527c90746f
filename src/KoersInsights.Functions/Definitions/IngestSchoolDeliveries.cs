using KoersInsights.Ingestion;

namespace KoersInsights.Functions.Definitions;

/// <summary>School and SWV template deliveries in landing/schools/.</summary>
public sealed class IngestSchoolDeliveries() : IngestFunction(IngestSource.Schools)
{
    public override string Name => "IngestSchoolDeliveries";

    public override string DefaultSchedule => "0 15 1 * * *";
}
