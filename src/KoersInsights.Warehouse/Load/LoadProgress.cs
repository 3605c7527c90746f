namespace KoersInsights.Warehouse.Load;

/// <summary>What the load is doing now, for a progress display.</summary>
/// <param name="Step">staging, transform, indicators or gates.</param>
/// <param name="Done">Deliveries staged so far (staging), else 0.</param>
/// <param name="Total">Deliveries to stage (staging), else 0.</param>
/// <param name="Detail">The delivery being staged, or what the step works on.</param>
public sealed record LoadProgress(string Step, int Done, int Total, string Detail);
