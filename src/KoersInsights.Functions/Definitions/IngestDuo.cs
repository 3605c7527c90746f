using KoersInsights.Ingestion;

namespace KoersInsights.Functions.Definitions;

/// <summary>DUO open data: configured URLs downloaded into landing/duo/, then every new file there.</summary>
public sealed class IngestDuo() : IngestFunction(IngestSource.Duo)
{
    public override string Name => "IngestDuo";

    public override string DefaultSchedule => "0 0 1 * * *";
}
