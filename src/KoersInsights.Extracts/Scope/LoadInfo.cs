namespace KoersInsights.Extracts.Scope;

/// <summary>The latest warehouse load as <c>rpt.laatste_load</c> reports it.</summary>
public sealed record LoadInfo(long LoadRunId, DateTimeOffset FinishedAt, bool GatesPassed);
