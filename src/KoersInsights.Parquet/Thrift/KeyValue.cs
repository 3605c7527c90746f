namespace KoersInsights.Parquet.Thrift;

/// <summary>parquet.thrift <c>KeyValue</c>: one entry of file key-value metadata.</summary>
internal sealed class KeyValue
{
    public string Key { get; set; } = "";

    public string? Value { get; set; }

    public static KeyValue Read(ref CompactReader reader)
    {
        var result = new KeyValue();
        var saved = reader.BeginStruct();
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1: result.Key = reader.ReadString(); break;
                case 2: result.Value = reader.ReadString(); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        return result;
    }

    public void Write(CompactWriter writer)
    {
        writer.BeginStruct();
        writer.FieldString(1, Key);
        if (Value is not null)
        {
            writer.FieldString(2, Value);
        }

        writer.EndStruct();
    }
}
