namespace KoersInsights.Warehouse.Quality;

/// <summary>The outcome of one quality gate (an SQL assertion over dw) for one load.</summary>
/// <param name="Sample">A few failing keys, for the message.</param>
public sealed record GateResult(string Name, string Description, long FailingRows, bool Passed, string? Sample);
