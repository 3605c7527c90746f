namespace KoersInsights.Parquet.Schema;

/// <summary>
/// TIMESTAMP in microseconds. <paramref name="isAdjustedToUtc"/> true (the default for <c>DataField&lt;DateTime&gt;</c>)
/// stores instants: local times are converted to UTC on write and values read back have <see cref="DateTimeKind.Utc"/>.
/// False stores wall-clock times as given and reads them back as <see cref="DateTimeKind.Unspecified"/>.
/// </summary>
public sealed class DateTimeDataField : DataField
{
    public DateTimeDataField(string name, bool isAdjustedToUtc = true, bool? isNullable = null)
        : base(name, typeof(DateTime), isNullable, ColumnType.Timestamp(isAdjustedToUtc, TimeUnit.Micros))
    {
    }

    public bool IsAdjustedToUtc => ColumnType.IsAdjustedToUtc;
}
