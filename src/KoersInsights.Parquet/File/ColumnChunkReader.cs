using KoersInsights.Parquet.Compression;
using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.Encodings;
using KoersInsights.Parquet.Schema;
using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.File;

/// <summary>
/// Decodes one column chunk's pages (dictionary, data v1, data v2) into physical values and definition levels.
/// Every size read from the file is checked against the bytes actually present before it is used.
/// </summary>
internal sealed class ColumnChunkReader(DataField field, ColumnMetaData meta, byte[] chunk, int rows)
    : IPhysicalVisitor<PhysicalColumn>
{
    public PhysicalColumn Read() => PhysicalCodecs.Dispatch(field.ColumnType, this);

    public PhysicalColumn Visit<T>(PhysicalCodec<T> codec)
    {
        var levels = field.IsNullable ? new int[rows] : null;
        var values = new T[rows];
        T[]? dictionary = null;
        var row = 0;
        var valueCount = 0;
        var position = 0;
        while (row < rows)
        {
            if (position >= chunk.Length)
            {
                throw Corrupt($"the column chunk ends after {row} of {rows} values");
            }

            var headerReader = new CompactReader(chunk.AsSpan(position));
            var header = PageHeader.Read(ref headerReader);
            position += headerReader.Position;
            if (header.CompressedPageSize < 0 || header.CompressedPageSize > chunk.Length - position)
            {
                throw Corrupt($"a page of {header.CompressedPageSize} bytes runs past the column chunk");
            }

            var body = chunk.AsSpan(position, header.CompressedPageSize);
            position += header.CompressedPageSize;
            switch (header.Type)
            {
                case PageType.DictionaryPage:
                    dictionary = ReadDictionary(codec, header, body);
                    break;
                case PageType.DataPage:
                    {
                        var count = CheckCount(header.NumValues, rows - row);
                        var data = PageCompression.Decompress(meta.Codec, body, header.UncompressedPageSize, field.Name);
                        var offset = 0;
                        var present = count;
                        if (levels is not null)
                        {
                            if (header.DefinitionLevelEncoding != ParquetEncoding.Rle)
                            {
                                throw Unsupported($"definition level encoding {PhysicalCodec<T>.EncodingName(header.DefinitionLevelEncoding)}");
                            }

                            offset = RleBitPackedHybrid.DecodeWithLength(data, 1, levels.AsSpan(row, count));
                            present = CountPresent(levels.AsSpan(row, count));
                        }

                        DecodeValues(codec, header.Encoding, data.AsSpan(offset), values.AsSpan(valueCount, present), dictionary);
                        row += count;
                        valueCount += present;
                        break;
                    }

                case PageType.DataPageV2:
                    {
                        var count = CheckCount(header.NumValues, rows - row);
                        var repetition = header.RepetitionLevelsByteLength;
                        var definition = header.DefinitionLevelsByteLength;
                        if (repetition < 0 || definition < 0 || (long)repetition + definition > body.Length)
                        {
                            throw Corrupt("v2 level lengths exceed the page");
                        }

                        var present = count;
                        if (levels is not null)
                        {
                            RleBitPackedHybrid.Decode(body.Slice(repetition, definition), 1, levels.AsSpan(row, count));
                            present = CountPresent(levels.AsSpan(row, count));
                        }

                        // In v2 pages only the values are compressed; the levels before them never are.
                        var encoded = body[(repetition + definition)..];
                        var data = header.IsCompressed && meta.Codec != CompressionCodec.Uncompressed
                            ? PageCompression.Decompress(meta.Codec, encoded, header.UncompressedPageSize - repetition - definition, field.Name)
                            : encoded.ToArray();
                        DecodeValues(codec, header.Encoding, data, values.AsSpan(valueCount, present), dictionary);
                        row += count;
                        valueCount += present;
                        break;
                    }

                case PageType.IndexPage:
                    break;
                default:
                    throw Corrupt($"unknown page type {(int)header.Type}");
            }
        }

        return new PhysicalColumn<T>(values, rows, valueCount, levels);
    }

    private T[] ReadDictionary<T>(PhysicalCodec<T> codec, PageHeader header, ReadOnlySpan<byte> body)
    {
        if (header.Encoding is not (ParquetEncoding.Plain or ParquetEncoding.PlainDictionary))
        {
            throw Unsupported($"dictionary page encoding {PhysicalCodec<T>.EncodingName(header.Encoding)}");
        }

        var data = PageCompression.Decompress(meta.Codec, body, header.UncompressedPageSize, field.Name);

        // Every PLAIN value takes at least one bit, so the count is bounded by the page's size.
        if (header.NumValues < 0 || header.NumValues > (data.Length * 8L) + 8)
        {
            throw Corrupt($"a dictionary of {header.NumValues} values in {data.Length} bytes");
        }

        var dictionary = new T[header.NumValues];
        codec.DecodePlain(data, dictionary);
        return dictionary;
    }

    private void DecodeValues<T>(PhysicalCodec<T> codec, ParquetEncoding encoding, ReadOnlySpan<byte> data, Span<T> output, T[]? dictionary)
    {
        if (output.IsEmpty)
        {
            return;
        }

        if (encoding is ParquetEncoding.PlainDictionary or ParquetEncoding.RleDictionary)
        {
            if (dictionary is null)
            {
                throw Corrupt("a dictionary-encoded page comes without a dictionary page");
            }

            if (data.IsEmpty)
            {
                throw Corrupt("dictionary indices are missing");
            }

            var indices = new int[output.Length];
            RleBitPackedHybrid.Decode(data[1..], data[0], indices);
            for (var i = 0; i < indices.Length; i++)
            {
                var index = indices[i];
                if ((uint)index >= (uint)dictionary.Length)
                {
                    throw Corrupt($"dictionary index {index} outside a dictionary of {dictionary.Length}");
                }

                output[i] = dictionary[index];
            }

            return;
        }

        codec.Decode(encoding, data, output, field.Name);
    }

    private static int CountPresent(ReadOnlySpan<int> levels)
    {
        var present = 0;
        foreach (var level in levels)
        {
            if ((uint)level > 1)
            {
                throw new ParquetException($"Corrupt Parquet page: definition level {level} in a flat column.");
            }

            present += level;
        }

        return present;
    }

    private int CheckCount(int count, int remaining) =>
        count >= 0 && count <= remaining ? count : throw Corrupt($"a page of {count} values where {remaining} remain");

    private ParquetException Corrupt(string reason) => new($"Corrupt Parquet column '{field.Name}': {reason}.");

    private ParquetException Unsupported(string what) =>
        new($"Column '{field.Name}' uses {what}, which this Parquet reader does not support.");
}
