using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.Encodings;

/// <summary>BOOLEAN: PLAIN is bit-packed, LSB first; v2 pages may use RLE with a 4-byte length (Encodings.md).</summary>
internal sealed class BooleanCodec : PhysicalCodec<bool>
{
    public static readonly BooleanCodec Instance = new();

    // A two-value dictionary never beats one bit per value.
    public override bool SupportsDictionary => false;

    public override IEqualityComparer<bool> EqualityComparer => EqualityComparer<bool>.Default;

    public override void EncodePlain(ReadOnlySpan<bool> values, ByteBuffer output)
    {
        var bytes = output.Reserve((values.Length + 7) / 8);
        bytes.Clear();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i])
            {
                bytes[i >> 3] |= (byte)(1 << (i & 7));
            }
        }
    }

    public override int DecodePlain(ReadOnlySpan<byte> data, Span<bool> output)
    {
        var bytes = (output.Length + 7) / 8;
        if (bytes > data.Length)
        {
            throw Truncated($"{output.Length} booleans");
        }

        for (var i = 0; i < output.Length; i++)
        {
            output[i] = (data[i >> 3] & (1 << (i & 7))) != 0;
        }

        return bytes;
    }

    public override void Decode(ParquetEncoding encoding, ReadOnlySpan<byte> data, Span<bool> output, string column)
    {
        if (encoding == ParquetEncoding.Rle)
        {
            var bits = new int[output.Length];
            RleBitPackedHybrid.DecodeWithLength(data, 1, bits);
            for (var i = 0; i < bits.Length; i++)
            {
                output[i] = bits[i] != 0;
            }

            return;
        }

        base.Decode(encoding, data, output, column);
    }

    public override int PlainSize(bool value) => 1;

    public override int Compare(bool left, bool right) => left.CompareTo(right);

    public override byte[] ToStatisticsBytes(bool value) => [value ? (byte)1 : (byte)0];

    public override bool FromStatisticsBytes(ReadOnlySpan<byte> bytes) =>
        bytes.Length == 1 ? bytes[0] != 0 : throw new ParquetException("Corrupt Parquet statistics for a BOOLEAN column.");
}
