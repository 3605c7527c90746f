namespace KoersInsights.Parquet.Thrift;

/// <summary>parquet.thrift <c>FileMetaData</c>: the footer.</summary>
internal sealed class FileMetaData
{
    public int Version { get; set; } = 1;

    public List<SchemaElement> Schema { get; } = [];

    public long NumRows { get; set; }

    public List<RowGroup> RowGroups { get; } = [];

    public List<KeyValue> KeyValueMetadata { get; } = [];

    public string? CreatedBy { get; set; }

    /// <summary>True when the file declares TYPE_ORDER column orders, so min_value/max_value may be trusted.</summary>
    public bool HasColumnOrders { get; set; }

    public static FileMetaData Read(ref CompactReader reader)
    {
        var result = new FileMetaData();
        var saved = reader.BeginStruct();
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1: result.Version = reader.ReadI32(); break;
                case 2:
                    {
                        var count = reader.BeginList(out _);
                        for (var i = 0; i < count; i++)
                        {
                            result.Schema.Add(SchemaElement.Read(ref reader));
                        }

                        break;
                    }

                case 3: result.NumRows = reader.ReadI64(); break;
                case 4:
                    {
                        var count = reader.BeginList(out _);
                        for (var i = 0; i < count; i++)
                        {
                            result.RowGroups.Add(RowGroup.Read(ref reader));
                        }

                        break;
                    }

                case 5:
                    {
                        var count = reader.BeginList(out _);
                        for (var i = 0; i < count; i++)
                        {
                            result.KeyValueMetadata.Add(KeyValue.Read(ref reader));
                        }

                        break;
                    }

                case 6: result.CreatedBy = reader.ReadString(); break;
                case 7:
                    result.HasColumnOrders = true;
                    reader.Skip(type);
                    break;
                case 8 or 9:
                    throw new ParquetException("Encrypted Parquet files are not supported.");
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        return result;
    }

    public void Write(CompactWriter writer)
    {
        writer.BeginStruct();
        writer.FieldI32(1, Version);
        writer.FieldListBegin(2, CompactType.Struct, Schema.Count);
        foreach (var element in Schema)
        {
            element.Write(writer);
        }

        writer.FieldI64(3, NumRows);
        writer.FieldListBegin(4, CompactType.Struct, RowGroups.Count);
        foreach (var rowGroup in RowGroups)
        {
            rowGroup.Write(writer);
        }

        if (KeyValueMetadata.Count > 0)
        {
            writer.FieldListBegin(5, CompactType.Struct, KeyValueMetadata.Count);
            foreach (var entry in KeyValueMetadata)
            {
                entry.Write(writer);
            }
        }

        if (CreatedBy is not null)
        {
            writer.FieldString(6, CreatedBy);
        }

        // column_orders: TYPE_ORDER (ColumnOrder field 1, an empty struct) for every leaf, which tells readers our
        // min_value/max_value follow each type's defined sort order (parquet.thrift, ColumnOrder).
        var leaves = Schema.Count - 1;
        writer.FieldListBegin(7, CompactType.Struct, leaves);
        for (var i = 0; i < leaves; i++)
        {
            writer.BeginStruct();
            writer.FieldStructBegin(1);
            writer.EndStruct();
            writer.EndStruct();
        }

        writer.EndStruct();
    }
}
