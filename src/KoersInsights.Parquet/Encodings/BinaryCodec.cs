using System.Buffers.Binary;
using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.Encodings;

/// <summary>
/// BYTE_ARRAY (<see cref="FixedLength"/> 0) and FIXED_LEN_BYTE_ARRAY. Plain bytes sort unsigned lexicographically;
/// decimals stored as bytes are big-endian two's complement and sort as signed numbers (parquet.thrift, ColumnOrder).
/// </summary>
internal sealed class BinaryCodec(int fixedLength, bool signed) : PhysicalCodec<byte[]>
{
    public int FixedLength { get; } = fixedLength;

    public override IEqualityComparer<byte[]> EqualityComparer => ByteArrayEquality.Instance;

    public override void EncodePlain(ReadOnlySpan<byte[]> values, ByteBuffer output)
    {
        foreach (var value in values)
        {
            if (FixedLength == 0)
            {
                output.WriteInt32(value.Length);
            }

            output.Write(value);
        }
    }

    public override int DecodePlain(ReadOnlySpan<byte> data, Span<byte[]> output)
    {
        var position = 0;
        for (var i = 0; i < output.Length; i++)
        {
            var length = FixedLength;
            if (length == 0)
            {
                if (data.Length - position < 4)
                {
                    throw Truncated("byte array length");
                }

                length = BinaryPrimitives.ReadInt32LittleEndian(data[position..]);
                position += 4;
            }

            if (length < 0 || length > data.Length - position)
            {
                throw Truncated($"byte array of {length} bytes");
            }

            output[i] = data.Slice(position, length).ToArray();
            position += length;
        }

        return position;
    }

    public override void Decode(ParquetEncoding encoding, ReadOnlySpan<byte> data, Span<byte[]> output, string column)
    {
        switch (encoding)
        {
            case ParquetEncoding.DeltaLengthByteArray:
                DeltaByteArrays.DecodeLengths(data, output.Length).CopyTo(output);
                break;
            case ParquetEncoding.DeltaByteArray:
                DeltaByteArrays.DecodeIncremental(data, output.Length).CopyTo(output);
                break;
            case ParquetEncoding.ByteStreamSplit when FixedLength > 0:
                var gathered = ByteStreamSplit.Gather(data, output.Length, FixedLength);
                for (var i = 0; i < output.Length; i++)
                {
                    output[i] = gathered.AsSpan(i * FixedLength, FixedLength).ToArray();
                }

                break;
            default:
                base.Decode(encoding, data, output, column);
                break;
        }
    }

    public override int PlainSize(byte[] value) => FixedLength == 0 ? 4 + value.Length : FixedLength;

    public override int Compare(byte[] left, byte[] right) =>
        signed ? CompareSigned(left, right) : left.AsSpan().SequenceCompareTo(right);

    public override byte[] ToStatisticsBytes(byte[] value) => value;

    public override byte[] FromStatisticsBytes(ReadOnlySpan<byte> bytes) => bytes.ToArray();

    private static int CompareSigned(byte[] left, byte[] right)
    {
        var leftNegative = left.Length > 0 && left[0] >= 0x80;
        var rightNegative = right.Length > 0 && right[0] >= 0x80;
        if (leftNegative != rightNegative)
        {
            return leftNegative ? -1 : 1;
        }

        // Same sign: sign-extend the shorter one and compare bytes unsigned.
        var length = Math.Max(left.Length, right.Length);
        var pad = leftNegative ? (byte)0xFF : (byte)0;
        for (var i = 0; i < length; i++)
        {
            var l = i < length - left.Length ? pad : left[i - (length - left.Length)];
            var r = i < length - right.Length ? pad : right[i - (length - right.Length)];
            if (l != r)
            {
                return l.CompareTo(r);
            }
        }

        return 0;
    }
}
