namespace KoersInsights.Warehouse.Load;

/// <summary>
/// A slice of bronze rows column by column, as a Parquet row group arrives: each column's values in an array of one
/// of <c>string?[]</c>, <c>int?[]</c>/<c>int[]</c>, <c>long?[]</c>/<c>long[]</c>, <c>bool?[]</c>/<c>bool[]</c>,
/// <c>decimal?[]</c>/<c>decimal[]</c>, <c>double?[]</c>, <c>DateOnly?[]</c>, <c>DateTime?[]</c>/<c>DateTime[]</c>,
/// <c>DateTimeOffset?[]</c>.
/// </summary>
public sealed record ColumnBatch(IReadOnlyList<BronzeColumn> Columns, int RowCount);

/// <summary>One column of a <see cref="ColumnBatch"/>: its bronze name and values.</summary>
public sealed record BronzeColumn(string Name, Array Values);
