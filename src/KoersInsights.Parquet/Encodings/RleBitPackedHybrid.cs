using System.Buffers.Binary;

namespace KoersInsights.Parquet.Encodings;

/// <summary>
/// The RLE / bit-packing hybrid (Encodings.md, "Run Length Encoding / Bit-Packing Hybrid"), used for definition
/// levels and dictionary indices. Runs of 8 or more equal values become RLE runs; everything else is bit-packed
/// in groups of 8, least significant bit first.
/// </summary>
internal static class RleBitPackedHybrid
{
    // A repeat shorter than this costs less as part of a bit-packed group than as its own run header.
    private const int MinRepeat = 8;

    public static int BitWidth(int maxValue) => maxValue == 0 ? 0 : 32 - int.LeadingZeroCount(maxValue);

    public static void Encode(ReadOnlySpan<int> values, int bitWidth, ByteBuffer output)
    {
        var pendingStart = 0;
        var i = 0;
        while (i < values.Length)
        {
            var value = values[i];
            var j = i + 1;
            while (j < values.Length && values[j] == value)
            {
                j++;
            }

            if (j - i >= MinRepeat)
            {
                // Bit-packed runs hold whole groups of 8, so top the literals up from the repeat first.
                var literals = i - pendingStart;
                var fill = (8 - (literals % 8)) % 8;
                if (j - (i + fill) >= MinRepeat)
                {
                    WriteBitPacked(values.Slice(pendingStart, literals + fill), bitWidth, output);
                    WriteRepeat(value, j - i - fill, bitWidth, output);
                    pendingStart = j;
                }
            }

            i = j;
        }

        if (pendingStart < values.Length)
        {
            WriteBitPacked(values[pendingStart..], bitWidth, output);
        }
    }

    private static void WriteRepeat(int value, int count, int bitWidth, ByteBuffer output)
    {
        output.WriteUleb128((ulong)count << 1);
        for (var b = 0; b < (bitWidth + 7) / 8; b++)
        {
            output.WriteByte((byte)(value >> (b * 8)));
        }
    }

    private static void WriteBitPacked(ReadOnlySpan<int> values, int bitWidth, ByteBuffer output)
    {
        if (values.IsEmpty)
        {
            return;
        }

        var groups = (values.Length + 7) / 8;
        output.WriteUleb128(((ulong)groups << 1) | 1);
        var bytes = output.Reserve(groups * bitWidth);
        bytes.Clear();
        BitPacking.Pack(values, bitWidth, bytes);
    }

    /// <summary>Decodes exactly <c>output.Length</c> values; returns the number of input bytes consumed.</summary>
    public static int Decode(ReadOnlySpan<byte> data, int bitWidth, Span<int> output)
    {
        if (bitWidth is < 0 or > 32)
        {
            throw Corrupt($"bit width {bitWidth}");
        }

        var position = 0;
        var produced = 0;
        var valueBytes = (bitWidth + 7) / 8;
        var max = bitWidth == 32 ? -1L : (1L << bitWidth) - 1;
        while (produced < output.Length)
        {
            var header = ReadUleb128(data, ref position);
            if ((header & 1) == 0)
            {
                var count = header >> 1;
                if (valueBytes > data.Length - position)
                {
                    throw Corrupt("RLE run past the end of the page");
                }

                var value = 0;
                for (var b = 0; b < valueBytes; b++)
                {
                    value |= data[position + b] << (b * 8);
                }

                position += valueBytes;
                if (bitWidth < 32 && (uint)value > max)
                {
                    throw Corrupt("RLE value wider than its bit width");
                }

                var take = (int)Math.Min(count, (ulong)(output.Length - produced));
                output.Slice(produced, take).Fill(value);
                produced += take;
            }
            else
            {
                var groups = header >> 1;
                var byteCount = groups * (ulong)bitWidth;
                if (byteCount > (ulong)(data.Length - position))
                {
                    // Writers may end the last run early when the page ends; decode what is there.
                    byteCount = (ulong)(data.Length - position);
                    groups = bitWidth == 0 ? groups : byteCount / (ulong)bitWidth;
                    if (groups == 0)
                    {
                        throw Corrupt("bit-packed run past the end of the page");
                    }
                }

                var take = (int)Math.Min(groups * 8, (ulong)(output.Length - produced));
                BitPacking.Unpack(data.Slice(position, (int)byteCount), bitWidth, output.Slice(produced, take));
                position += (int)byteCount;
                produced += take;
            }
        }

        return position;
    }

    /// <summary>Decodes v1 levels: a 4-byte little-endian length followed by the hybrid; returns bytes consumed.</summary>
    public static int DecodeWithLength(ReadOnlySpan<byte> data, int bitWidth, Span<int> output)
    {
        if (data.Length < 4)
        {
            throw Corrupt("level length prefix missing");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(data);
        if (length < 0 || length > data.Length - 4)
        {
            throw Corrupt($"levels of {length} bytes in a page of {data.Length}");
        }

        Decode(data.Slice(4, length), bitWidth, output);
        return 4 + length;
    }

    internal static ulong ReadUleb128(ReadOnlySpan<byte> data, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= data.Length)
            {
                throw Corrupt("varint past the end of the page");
            }

            var b = data[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw Corrupt("varint too long");
    }

    private static ParquetException Corrupt(string reason) => new($"Corrupt Parquet page: {reason}.");
}
