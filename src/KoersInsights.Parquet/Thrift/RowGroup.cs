namespace KoersInsights.Parquet.Thrift;

/// <summary>parquet.thrift <c>RowGroup</c>.</summary>
internal sealed class RowGroup
{
    public List<ColumnChunk> Columns { get; } = [];

    public long TotalByteSize { get; set; }

    public long NumRows { get; set; }

    public long? FileOffset { get; set; }

    public long? TotalCompressedSize { get; set; }

    public short? Ordinal { get; set; }

    public static RowGroup Read(ref CompactReader reader)
    {
        var result = new RowGroup();
        var saved = reader.BeginStruct();
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1:
                    {
                        var count = reader.BeginList(out _);
                        for (var i = 0; i < count; i++)
                        {
                            result.Columns.Add(ColumnChunk.Read(ref reader));
                        }

                        break;
                    }

                case 2: result.TotalByteSize = reader.ReadI64(); break;
                case 3: result.NumRows = reader.ReadI64(); break;
                case 5: result.FileOffset = reader.ReadI64(); break;
                case 6: result.TotalCompressedSize = reader.ReadI64(); break;
                case 7: result.Ordinal = (short)reader.ReadI32(); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        return result;
    }

    public void Write(CompactWriter writer)
    {
        writer.BeginStruct();
        writer.FieldListBegin(1, CompactType.Struct, Columns.Count);
        foreach (var column in Columns)
        {
            column.Write(writer);
        }

        writer.FieldI64(2, TotalByteSize);
        writer.FieldI64(3, NumRows);
        if (FileOffset is { } offset)
        {
            writer.FieldI64(5, offset);
        }

        if (TotalCompressedSize is { } compressed)
        {
            writer.FieldI64(6, compressed);
        }

        if (Ordinal is { } ordinal)
        {
            writer.FieldI32(7, ordinal);
        }

        writer.EndStruct();
    }
}
