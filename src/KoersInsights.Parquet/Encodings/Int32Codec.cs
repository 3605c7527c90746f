using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.Encodings;

/// <summary>INT32 (also DATE, INT(8/16), small DECIMAL): signed order.</summary>
internal sealed class Int32Codec : FixedWidthCodec<int>
{
    public static readonly Int32Codec Instance = new();

    public override void Decode(ParquetEncoding encoding, ReadOnlySpan<byte> data, Span<int> output, string column)
    {
        if (encoding == ParquetEncoding.DeltaBinaryPacked)
        {
            var wide = new long[output.Length];
            DeltaBinaryPacked.Decode(data, wide);
            for (var i = 0; i < wide.Length; i++)
            {
                output[i] = unchecked((int)wide[i]);
            }

            return;
        }

        base.Decode(encoding, data, output, column);
    }
}
