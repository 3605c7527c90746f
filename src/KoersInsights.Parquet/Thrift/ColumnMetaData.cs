namespace KoersInsights.Parquet.Thrift;

/// <summary>parquet.thrift <c>ColumnMetaData</c>: where a column chunk's pages are and what they hold.</summary>
internal sealed class ColumnMetaData
{
    public PhysicalType Type { get; set; }

    public List<ParquetEncoding> Encodings { get; } = [];

    public List<string> PathInSchema { get; } = [];

    public CompressionCodec Codec { get; set; }

    public long NumValues { get; set; }

    public long TotalUncompressedSize { get; set; }

    public long TotalCompressedSize { get; set; }

    public long DataPageOffset { get; set; }

    public long? DictionaryPageOffset { get; set; }

    public Statistics? Statistics { get; set; }

    public static ColumnMetaData Read(ref CompactReader reader)
    {
        var result = new ColumnMetaData();
        var saved = reader.BeginStruct();
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1: result.Type = (PhysicalType)reader.ReadI32(); break;
                case 2:
                    {
                        var count = reader.BeginList(out _);
                        for (var i = 0; i < count; i++)
                        {
                            result.Encodings.Add((ParquetEncoding)reader.ReadI32());
                        }

                        break;
                    }

                case 3:
                    {
                        var count = reader.BeginList(out _);
                        for (var i = 0; i < count; i++)
                        {
                            result.PathInSchema.Add(reader.ReadString());
                        }

                        break;
                    }

                case 4: result.Codec = (CompressionCodec)reader.ReadI32(); break;
                case 5: result.NumValues = reader.ReadI64(); break;
                case 6: result.TotalUncompressedSize = reader.ReadI64(); break;
                case 7: result.TotalCompressedSize = reader.ReadI64(); break;
                case 9: result.DataPageOffset = reader.ReadI64(); break;
                case 11: result.DictionaryPageOffset = reader.ReadI64(); break;
                case 12: result.Statistics = Statistics.Read(ref reader); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        return result;
    }

    public void Write(CompactWriter writer)
    {
        writer.BeginStruct();
        writer.FieldI32(1, (int)Type);
        writer.FieldListBegin(2, CompactType.I32, Encodings.Count);
        foreach (var encoding in Encodings)
        {
            writer.ElementI32((int)encoding);
        }

        writer.FieldListBegin(3, CompactType.Binary, PathInSchema.Count);
        foreach (var part in PathInSchema)
        {
            writer.ElementString(part);
        }

        writer.FieldI32(4, (int)Codec);
        writer.FieldI64(5, NumValues);
        writer.FieldI64(6, TotalUncompressedSize);
        writer.FieldI64(7, TotalCompressedSize);
        writer.FieldI64(9, DataPageOffset);
        if (DictionaryPageOffset is { } dictionaryOffset)
        {
            writer.FieldI64(11, dictionaryOffset);
        }

        if (Statistics is not null)
        {
            writer.FieldStruct(12);
            Statistics.Write(writer);
        }

        writer.EndStruct();
    }
}
