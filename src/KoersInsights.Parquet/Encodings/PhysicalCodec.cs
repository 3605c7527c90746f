using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.Encodings;

/// <summary>
/// Everything that depends on a column's physical value type <typeparamref name="T"/>: PLAIN encoding (also used
/// for dictionary pages and statistics), the other value encodings it can be read from, the sort order used for
/// statistics (parquet.thrift, ColumnOrder), and equality for dictionary building.
/// </summary>
internal abstract class PhysicalCodec<T>
{
    public virtual bool SupportsDictionary => true;

    public abstract IEqualityComparer<T> EqualityComparer { get; }

    public abstract void EncodePlain(ReadOnlySpan<T> values, ByteBuffer output);

    /// <summary>PLAIN-decodes <c>output.Length</c> values; returns the number of bytes consumed.</summary>
    public abstract int DecodePlain(ReadOnlySpan<byte> data, Span<T> output);

    /// <summary>Size in bytes of one value in PLAIN encoding (dictionary size limit, page size estimate).</summary>
    public abstract int PlainSize(T value);

    /// <summary>Compares by the type's defined sort order (signed ints, unsigned bytes, signed decimals).</summary>
    public abstract int Compare(T left, T right);

    /// <summary>False for values statistics must ignore (NaN: parquet.thrift, ColumnOrder notes).</summary>
    public virtual bool IsOrdered(T value) => true;

    /// <summary>The min_value/max_value bytes: PLAIN encoding without a length prefix.</summary>
    public abstract byte[] ToStatisticsBytes(T value);

    public abstract T FromStatisticsBytes(ReadOnlySpan<byte> bytes);

    /// <summary>Decodes a data page's values in any encoding this type supports other than the dictionary ones.</summary>
    public virtual void Decode(ParquetEncoding encoding, ReadOnlySpan<byte> data, Span<T> output, string column)
    {
        if (encoding != ParquetEncoding.Plain)
        {
            throw UnsupportedEncoding(encoding, column);
        }

        DecodePlain(data, output);
    }

    /// <summary>Statistics keep -0.0 as the minimum and +0.0 as the maximum for floats; identity for others.</summary>
    public virtual T NormaliseMin(T value) => value;

    public virtual T NormaliseMax(T value) => value;

    protected static ParquetException UnsupportedEncoding(ParquetEncoding encoding, string column) =>
        new($"Column '{column}' uses encoding {EncodingName(encoding)}, which this Parquet reader does not support for its type.");

    public static string EncodingName(ParquetEncoding encoding) => encoding switch
    {
        ParquetEncoding.Plain => "PLAIN",
        ParquetEncoding.PlainDictionary => "PLAIN_DICTIONARY",
        ParquetEncoding.Rle => "RLE",
        ParquetEncoding.BitPacked => "BIT_PACKED",
        ParquetEncoding.DeltaBinaryPacked => "DELTA_BINARY_PACKED",
        ParquetEncoding.DeltaLengthByteArray => "DELTA_LENGTH_BYTE_ARRAY",
        ParquetEncoding.DeltaByteArray => "DELTA_BYTE_ARRAY",
        ParquetEncoding.RleDictionary => "RLE_DICTIONARY",
        ParquetEncoding.ByteStreamSplit => "BYTE_STREAM_SPLIT",
        _ => $"#{(int)encoding}",
    };

    protected static ParquetException Truncated(string what) => new($"Corrupt Parquet page: {what} past the end of the page.");
}
