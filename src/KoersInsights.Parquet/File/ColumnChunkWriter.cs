using System.Buffers;
using System.Runtime.InteropServices;
using KoersInsights.Parquet.Compression;
using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.Encodings;
using KoersInsights.Parquet.Schema;
using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.File;

/// <summary>
/// Encodes one column chunk: statistics, an optional dictionary page (falling back to PLAIN when the dictionary
/// outgrows its limit or would not shrink the data), and v1 data pages of RLE definition levels plus values.
/// </summary>
internal sealed class ColumnChunkWriter(
    DataField field, PhysicalColumn column, ParquetOptions options, CompressionCodec codec, long chunkOffset, ColumnChunkBuffers buffers)
    : IPhysicalVisitor<ColumnMetaData>
{
    private readonly ByteBuffer _chunk = buffers.StartChunk();
    private readonly ByteBuffer _page = buffers.Page;
    private const int DictionarySample = 1 << 16;

    private long _uncompressed;

    public ColumnMetaData Write() => PhysicalCodecs.Dispatch(field.ColumnType, this);

    public ColumnMetaData Visit<T>(PhysicalCodec<T> codec1)
    {
        var physical = (PhysicalColumn<T>)column;
        var values = physical.ValueSpan;
        var meta = new ColumnMetaData
        {
            Type = field.ColumnType.Physical,
            Codec = codec,
            NumValues = column.RowCount,
            Statistics = Statistics(codec1, values),
        };
        meta.PathInSchema.Add(field.Name);
        meta.Encodings.Add(ParquetEncoding.Plain);
        meta.Encodings.Add(ParquetEncoding.Rle);

        var (indices, dictionary) = BuildDictionary(codec1, values);
        try
        {
            WritePages(meta, codec1, values, indices, dictionary);
        }
        finally
        {
            if (indices is not null)
            {
                ArrayPool<int>.Shared.Return(indices);
            }
        }

        meta.TotalCompressedSize = _chunk.Length;
        meta.TotalUncompressedSize = _uncompressed;
        return meta;
    }

    private void WritePages<T>(ColumnMetaData meta, PhysicalCodec<T> codec1, ReadOnlySpan<T> values, int[]? indices, List<T>? dictionary)
    {
        var bitWidth = 0;
        if (dictionary is not null)
        {
            meta.Encodings.Add(ParquetEncoding.RleDictionary);
            meta.DictionaryPageOffset = chunkOffset;
            _page.Clear();
            codec1.EncodePlain(CollectionsMarshal.AsSpan(dictionary), _page);
            WritePage(PageType.DictionaryPage, dictionary.Count, ParquetEncoding.Plain);

            // Width 0 is legal for a one-entry dictionary, but some readers reject it; one bit costs nothing.
            bitWidth = Math.Max(1, RleBitPackedHybrid.BitWidth(dictionary.Count - 1));
        }

        meta.DataPageOffset = chunkOffset + _chunk.Length;
        var levels = column.DefinitionLevels;
        var row = 0;
        var valueIndex = 0;
        do
        {
            var end = PageEnd(codec1, values, row, valueIndex, dictionary is null ? 0 : bitWidth, out var pageValues);
            _page.Clear();
            if (levels is not null)
            {
                var lengthAt = _page.Length;
                _page.WriteInt32(0);
                RleBitPackedHybrid.Encode(levels.AsSpan(row, end - row), 1, _page);
                _page.PatchInt32(lengthAt, _page.Length - lengthAt - 4);
            }

            if (indices is not null)
            {
                _page.WriteByte((byte)bitWidth);
                RleBitPackedHybrid.Encode(indices.AsSpan(valueIndex, pageValues), bitWidth, _page);
            }
            else
            {
                codec1.EncodePlain(values.Slice(valueIndex, pageValues), _page);
            }

            WritePage(PageType.DataPage, end - row, indices is null ? ParquetEncoding.Plain : ParquetEncoding.RleDictionary);
            row = end;
            valueIndex += pageValues;
        }
        while (row < column.RowCount);
    }

    private Thrift.Statistics Statistics<T>(PhysicalCodec<T> codec1, ReadOnlySpan<T> values)
    {
        var statistics = new Thrift.Statistics { NullCount = column.NullCount };
        var found = false;
        T min = default!;
        T max = default!;
        foreach (var value in values)
        {
            if (!codec1.IsOrdered(value))
            {
                continue;
            }

            if (!found)
            {
                min = max = value;
                found = true;
            }
            else if (codec1.Compare(value, min) < 0)
            {
                min = value;
            }
            else if (codec1.Compare(value, max) > 0)
            {
                max = value;
            }
        }

        if (found)
        {
            statistics.MinValue = codec1.ToStatisticsBytes(codec1.NormaliseMin(min));
            statistics.MaxValue = codec1.ToStatisticsBytes(codec1.NormaliseMax(max));
        }

        return statistics;
    }

    private (int[]? Indices, List<T>? Dictionary) BuildDictionary<T>(PhysicalCodec<T> codec1, ReadOnlySpan<T> values)
    {
        if (!options.UseDictionaryEncoding || !codec1.SupportsDictionary || values.IsEmpty)
        {
            return (null, null);
        }

        // A dictionary with more entries than half the values costs more than it saves (indices plus entries).
        // The same test on the values seen so far (after a sample) gives up early on mostly-unique columns such
        // as line numbers, instead of hashing a megabyte of them first.
        var maxEntries = Math.Max(1, values.Length / 2);
#pragma warning disable CS8714 // physical values are never null: nulls live in the definition levels
        var map = new Dictionary<T, int>(codec1.EqualityComparer);
#pragma warning restore CS8714
        var dictionary = new List<T>();
        var indices = ArrayPool<int>.Shared.Rent(values.Length);
        long size = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (!map.TryGetValue(value, out var index))
            {
                index = dictionary.Count;
                size += codec1.PlainSize(value);
                if (size > options.DictionaryPageSizeLimit || index >= maxEntries || (i >= DictionarySample && index > i / 2))
                {
                    ArrayPool<int>.Shared.Return(indices);
                    return (null, null);
                }

                map.Add(value, index);
                dictionary.Add(value);
            }

            indices[i] = index;
        }

        return (indices, dictionary);
    }

    /// <summary>First row after the page starting at <paramref name="row"/>, sized to about <see cref="ParquetOptions.DataPageSize"/>.</summary>
    private int PageEnd<T>(PhysicalCodec<T> codec1, ReadOnlySpan<T> values, int row, int valueIndex, int bitWidth, out int pageValues)
    {
        var levels = column.DefinitionLevels;
        long bits = 0;
        var limit = (long)options.DataPageSize * 8;
        var end = row;
        var count = 0;
        while (end < column.RowCount && bits < limit)
        {
            if (levels is null || levels[end] == 1)
            {
                bits += bitWidth > 0 ? bitWidth : codec1.PlainSize(values[valueIndex + count]) * 8L;
                count++;
            }

            end++;
        }

        pageValues = count;
        return end;
    }

    private void WritePage(PageType type, int numValues, ParquetEncoding encoding)
    {
        var body = PageCompression.Compress(codec, _page.Written);
        var header = new PageHeader
        {
            Type = type,
            UncompressedPageSize = _page.Length,
            CompressedPageSize = body.Length,
            NumValues = numValues,
            Encoding = encoding,
        };
        var writer = new CompactWriter();
        header.Write(writer);
        _chunk.Write(writer.Written);
        _chunk.Write(body);
        _uncompressed += writer.Written.Length + _page.Length;
    }
}
