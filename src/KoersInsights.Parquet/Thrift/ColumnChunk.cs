namespace KoersInsights.Parquet.Thrift;

/// <summary>parquet.thrift <c>ColumnChunk</c>; chunks in other files (<c>file_path</c>) are rejected by the reader.</summary>
internal sealed class ColumnChunk
{
    public string? FilePath { get; set; }

    public long FileOffset { get; set; }

    public ColumnMetaData? MetaData { get; set; }

    public static ColumnChunk Read(ref CompactReader reader)
    {
        var result = new ColumnChunk();
        var saved = reader.BeginStruct();
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1: result.FilePath = reader.ReadString(); break;
                case 2: result.FileOffset = reader.ReadI64(); break;
                case 3: result.MetaData = ColumnMetaData.Read(ref reader); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        return result;
    }

    public void Write(CompactWriter writer)
    {
        writer.BeginStruct();
        writer.FieldI64(2, FileOffset);
        if (MetaData is not null)
        {
            writer.FieldStruct(3);
            MetaData.Write(writer);
        }

        writer.EndStruct();
    }
}
