namespace KoersInsights.Parquet.Thrift;

/// <summary>parquet.thrift <c>SchemaElement</c>: one node of the depth-first flattened schema tree.</summary>
internal sealed class SchemaElement
{
    public PhysicalType? Type { get; set; }

    public int? TypeLength { get; set; }

    public Repetition? Repetition { get; set; }

    public string Name { get; set; } = "";

    public int? NumChildren { get; set; }

    public ConvertedType? ConvertedType { get; set; }

    public int? Scale { get; set; }

    public int? Precision { get; set; }

    public LogicalType? LogicalType { get; set; }

    public static SchemaElement Read(ref CompactReader reader)
    {
        var result = new SchemaElement();
        var saved = reader.BeginStruct();
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1: result.Type = (PhysicalType)reader.ReadI32(); break;
                case 2: result.TypeLength = reader.ReadI32(); break;
                case 3: result.Repetition = (Repetition)reader.ReadI32(); break;
                case 4: result.Name = reader.ReadString(); break;
                case 5: result.NumChildren = reader.ReadI32(); break;
                case 6: result.ConvertedType = (ConvertedType)reader.ReadI32(); break;
                case 7: result.Scale = reader.ReadI32(); break;
                case 8: result.Precision = reader.ReadI32(); break;
                case 10: result.LogicalType = LogicalType.Read(ref reader); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        return result;
    }

    public void Write(CompactWriter writer)
    {
        writer.BeginStruct();
        if (Type is { } physical)
        {
            writer.FieldI32(1, (int)physical);
        }

        if (TypeLength is { } length)
        {
            writer.FieldI32(2, length);
        }

        if (Repetition is { } repetition)
        {
            writer.FieldI32(3, (int)repetition);
        }

        writer.FieldString(4, Name);
        if (NumChildren is { } children)
        {
            writer.FieldI32(5, children);
        }

        if (ConvertedType is { } converted)
        {
            writer.FieldI32(6, (int)converted);
        }

        if (Scale is { } scale)
        {
            writer.FieldI32(7, scale);
        }

        if (Precision is { } precision)
        {
            writer.FieldI32(8, precision);
        }

        if (LogicalType is not null)
        {
            writer.FieldStruct(10);
            LogicalType.Write(writer);
        }

        writer.EndStruct();
    }
}
