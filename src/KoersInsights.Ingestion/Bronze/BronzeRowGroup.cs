namespace KoersInsights.Ingestion.Bronze;

/// <summary>
/// A block of rows in column arrays, typed for the Parquet codec: <c>string?[]</c>, <c>bool?[]</c>, <c>int?[]</c>,
/// <c>long?[]</c>, <c>DateOnly?[]</c>, <c>decimal?[]</c>, <c>DateTime?[]</c> for nullable fields and the plain
/// element type for required ones.
/// </summary>
public sealed record BronzeRowGroup(int RowCount, IReadOnlyList<Array> Columns);
