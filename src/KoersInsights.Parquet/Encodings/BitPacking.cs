namespace KoersInsights.Parquet.Encodings;

/// <summary>Little-endian bit packing (Encodings.md: values packed from the least significant bit of each byte).</summary>
internal static class BitPacking
{
    /// <summary>Packs values into <paramref name="output"/>, which must be zeroed and hold ceil(n*w/8) bytes.</summary>
    public static void Pack(ReadOnlySpan<int> values, int bitWidth, Span<byte> output)
    {
        if (bitWidth == 0)
        {
            return;
        }

        long bit = 0;
        foreach (var v in values)
        {
            var value = (ulong)(uint)v;
            var remaining = bitWidth;
            while (remaining > 0)
            {
                var index = (int)(bit >> 3);
                var shift = (int)(bit & 7);
                var room = 8 - shift;
                output[index] |= (byte)(value << shift);
                var written = Math.Min(room, remaining);
                value >>= written;
                remaining -= written;
                bit += written;
            }
        }
    }

    /// <summary>Unpacks <c>output.Length</c> values; <paramref name="data"/> may be shorter (missing bits read as 0).</summary>
    public static void Unpack(ReadOnlySpan<byte> data, int bitWidth, Span<int> output)
    {
        if (bitWidth == 0)
        {
            output.Clear();
            return;
        }

        var mask = bitWidth == 32 ? ulong.MaxValue >> 32 : (1UL << bitWidth) - 1;
        long bit = 0;
        for (var i = 0; i < output.Length; i++)
        {
            var index = (int)(bit >> 3);
            var shift = (int)(bit & 7);
            ulong window = 0;
            var needed = (shift + bitWidth + 7) >> 3;
            for (var b = 0; b < needed && index + b < data.Length; b++)
            {
                window |= (ulong)data[index + b] << (b * 8);
            }

            output[i] = (int)((window >> shift) & mask);
            bit += bitWidth;
        }
    }

    /// <summary>Unpacks 64-bit-wide values (DELTA_BINARY_PACKED miniblocks may use up to 64 bits).</summary>
    public static void Unpack64(ReadOnlySpan<byte> data, int bitWidth, Span<ulong> output)
    {
        if (bitWidth == 0)
        {
            output.Clear();
            return;
        }

        long bit = 0;
        for (var i = 0; i < output.Length; i++)
        {
            ulong value = 0;
            var got = 0;
            while (got < bitWidth)
            {
                var index = (int)(bit >> 3);
                var shift = (int)(bit & 7);
                var available = Math.Min(8 - shift, bitWidth - got);
                ulong piece = index < data.Length ? (ulong)((data[index] >> shift) & ((1 << available) - 1)) : 0;
                value |= piece << got;
                got += available;
                bit += available;
            }

            output[i] = value;
        }
    }
}
