using KoersInsights.Ingestion;

namespace KoersInsights.Functions.Definitions;

/// <summary>Survey results and the question catalogue in landing/surveys/.</summary>
public sealed class IngestSurveys() : IngestFunction(IngestSource.Surveys)
{
    public override string Name => "IngestSurveys";

    public override string DefaultSchedule => "0 30 1 * * *";
}
