namespace KoersInsights.Parquet.File;

/// <summary>A column chunk's statistics as CLR values of the column's type (min/max null when absent).</summary>
public sealed record DataColumnStatistics(long? NullCount, long? DistinctCount, object? MinValue, object? MaxValue);
