namespace KoersInsights.Extracts.Publishing;

/// <summary>Progress of a publishing run: gemeente <paramref name="Done"/> of <paramref name="Total"/> is at <paramref name="Stage"/>.</summary>
public sealed record ExtractProgress(string Gemeentecode, string Stage, int Done, int Total);
