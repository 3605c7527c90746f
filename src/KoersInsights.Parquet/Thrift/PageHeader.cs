namespace KoersInsights.Parquet.Thrift;

/// <summary>parquet.thrift <c>PageHeader</c> with the data (v1, v2) and dictionary page headers flattened in.</summary>
internal sealed class PageHeader
{
    public PageType Type { get; set; }

    public int UncompressedPageSize { get; set; }

    public int CompressedPageSize { get; set; }

    public int NumValues { get; set; }

    public ParquetEncoding Encoding { get; set; }

    public ParquetEncoding DefinitionLevelEncoding { get; set; } = ParquetEncoding.Rle;

    /// <summary>v2 only.</summary>
    public int NumNulls { get; set; }

    /// <summary>v2 only.</summary>
    public int NumRows { get; set; }

    /// <summary>v2 only.</summary>
    public int DefinitionLevelsByteLength { get; set; }

    /// <summary>v2 only.</summary>
    public int RepetitionLevelsByteLength { get; set; }

    /// <summary>v2 only; the spec's default is true.</summary>
    public bool IsCompressed { get; set; } = true;

    public static PageHeader Read(ref CompactReader reader)
    {
        var result = new PageHeader();
        var saved = reader.BeginStruct();
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1: result.Type = (PageType)reader.ReadI32(); break;
                case 2: result.UncompressedPageSize = reader.ReadI32(); break;
                case 3: result.CompressedPageSize = reader.ReadI32(); break;
                case 5: ReadDataPageHeader(ref reader, result); break;
                case 7: ReadDictionaryPageHeader(ref reader, result); break;
                case 8: ReadDataPageHeaderV2(ref reader, result); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
        return result;
    }

    private static void ReadDataPageHeader(ref CompactReader reader, PageHeader result)
    {
        var saved = reader.BeginStruct();
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1: result.NumValues = reader.ReadI32(); break;
                case 2: result.Encoding = (ParquetEncoding)reader.ReadI32(); break;
                case 3: result.DefinitionLevelEncoding = (ParquetEncoding)reader.ReadI32(); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
    }

    private static void ReadDictionaryPageHeader(ref CompactReader reader, PageHeader result)
    {
        var saved = reader.BeginStruct();
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1: result.NumValues = reader.ReadI32(); break;
                case 2: result.Encoding = (ParquetEncoding)reader.ReadI32(); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
    }

    private static void ReadDataPageHeaderV2(ref CompactReader reader, PageHeader result)
    {
        var saved = reader.BeginStruct();
        while (reader.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1: result.NumValues = reader.ReadI32(); break;
                case 2: result.NumNulls = reader.ReadI32(); break;
                case 3: result.NumRows = reader.ReadI32(); break;
                case 4: result.Encoding = (ParquetEncoding)reader.ReadI32(); break;
                case 5: result.DefinitionLevelsByteLength = reader.ReadI32(); break;
                case 6: result.RepetitionLevelsByteLength = reader.ReadI32(); break;
                case 7: result.IsCompressed = reader.ReadBool(); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
    }

    /// <summary>Writes a v1 data page header or a dictionary page header (the only pages our writer makes).</summary>
    public void Write(CompactWriter writer)
    {
        writer.BeginStruct();
        writer.FieldI32(1, (int)Type);
        writer.FieldI32(2, UncompressedPageSize);
        writer.FieldI32(3, CompressedPageSize);
        if (Type == PageType.DictionaryPage)
        {
            writer.FieldStructBegin(7);
            writer.FieldI32(1, NumValues);
            writer.FieldI32(2, (int)Encoding);
            writer.EndStruct();
        }
        else
        {
            writer.FieldStructBegin(5);
            writer.FieldI32(1, NumValues);
            writer.FieldI32(2, (int)Encoding);
            writer.FieldI32(3, (int)ParquetEncoding.Rle);
            writer.FieldI32(4, (int)ParquetEncoding.Rle);
            writer.EndStruct();
        }

        writer.EndStruct();
    }
}
