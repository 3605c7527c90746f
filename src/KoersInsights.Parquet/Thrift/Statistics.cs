namespace KoersInsights.Parquet.Thrift;

/// <summary>
/// parquet.thrift <c>Statistics</c>. We write only <c>min_value</c>/<c>max_value</c> (ordered by the column order)
/// and <c>null_count</c>; the deprecated <c>min</c>/<c>max</c> are read as a fallback for signed-order types.
/// </summary>
internal sealed class Statistics
{
    public byte[]? Max { get; set; }

    public byte[]? Min { get; set; }

    public long? NullCount { get; set; }

    public long? DistinctCount { get; set; }

    public byte[]? MaxValue { get; set; }

    public byte[]? MinValue { get; set; }

    public static Statistics Read(ref CompactReader reader)
    {
        var result = new Statistics();
        var saved = reader.BeginStruct();
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1: result.Max = reader.ReadBinary(); break;
                case 2: result.Min = reader.ReadBinary(); break;
                case 3: result.NullCount = reader.ReadI64(); break;
                case 4: result.DistinctCount = reader.ReadI64(); break;
                case 5: result.MaxValue = reader.ReadBinary(); break;
                case 6: result.MinValue = reader.ReadBinary(); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        return result;
    }

    public void Write(CompactWriter writer)
    {
        writer.BeginStruct();
        if (NullCount is { } nulls)
        {
            writer.FieldI64(3, nulls);
        }

        if (MaxValue is not null)
        {
            writer.FieldBinary(5, MaxValue);
        }

        if (MinValue is not null)
        {
            writer.FieldBinary(6, MinValue);
        }

        writer.EndStruct();
    }
}
