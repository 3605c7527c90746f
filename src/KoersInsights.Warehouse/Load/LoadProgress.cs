namespace KoersInsights.Warehouse.Load;

/// <summary>What the load is doing now, for a progress display.</summary>
/// <param name="Step">staging, keys, transform, copying, indicators or gates.</param>
/// <param name="Done">Deliveries staged or copied so far (staging, copying), else 0.</param>
/// <param name="Total">Deliveries to stage or copy (staging, keys, copying), else 0.</param>
/// <param name="Detail">The delivery being staged or copied, or what the step works on.</param>
public sealed record LoadProgress(string Step, int Done, int Total, string Detail);
