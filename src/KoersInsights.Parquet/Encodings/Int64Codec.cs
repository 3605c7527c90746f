using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.Encodings;

/// <summary>INT64 (also TIMESTAMP, DECIMAL up to 18 digits): signed order.</summary>
internal sealed class Int64Codec : FixedWidthCodec<long>
{
    public static readonly Int64Codec Instance = new();

    public override void Decode(ParquetEncoding encoding, ReadOnlySpan<byte> data, Span<long> output, string column)
    {
        if (encoding == ParquetEncoding.DeltaBinaryPacked)
        {
            DeltaBinaryPacked.Decode(data, output);
            return;
        }

        base.Decode(encoding, data, output, column);
    }
}
