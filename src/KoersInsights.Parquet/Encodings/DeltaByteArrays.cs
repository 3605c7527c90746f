namespace KoersInsights.Parquet.Encodings;

/// <summary>DELTA_LENGTH_BYTE_ARRAY and DELTA_BYTE_ARRAY decoding (Encodings.md) into byte slices.</summary>
internal static class DeltaByteArrays
{
    // Incremental encoding can expand a small page enormously (each value repeats the previous one's prefix);
    // the cap keeps a hostile page from exhausting memory.
    private const long MaxDecodedBytes = 1L << 30;

    /// <summary>Lengths (delta-packed) then the concatenated bytes; returns each value as a copied array.</summary>
    public static byte[][] DecodeLengths(ReadOnlySpan<byte> data, int count)
    {
        var lengths = new long[count];
        var position = DeltaBinaryPacked.Decode(data, lengths);
        var result = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            var length = lengths[i];
            if (length < 0 || length > data.Length - position)
            {
                throw Corrupt("DELTA_LENGTH_BYTE_ARRAY", "value past the end of the page");
            }

            result[i] = data.Slice(position, (int)length).ToArray();
            position += (int)length;
        }

        return result;
    }

    /// <summary>Prefix lengths, then suffixes as DELTA_LENGTH_BYTE_ARRAY; each value is the previous one's prefix plus its suffix.</summary>
    public static byte[][] DecodeIncremental(ReadOnlySpan<byte> data, int count)
    {
        var prefixes = new long[count];
        var position = DeltaBinaryPacked.Decode(data, prefixes);
        var suffixes = DecodeLengths(data[position..], count);
        var result = new byte[count][];
        var previous = Array.Empty<byte>();
        long total = 0;
        for (var i = 0; i < count; i++)
        {
            var prefix = prefixes[i];
            if (prefix < 0 || prefix > previous.Length)
            {
                throw Corrupt("DELTA_BYTE_ARRAY", "prefix longer than the previous value");
            }

            total += prefix + suffixes[i].Length;
            if (total > MaxDecodedBytes)
            {
                throw Corrupt("DELTA_BYTE_ARRAY", "page expands beyond 1 GB");
            }

            var value = new byte[prefix + suffixes[i].Length];
            previous.AsSpan(0, (int)prefix).CopyTo(value);
            suffixes[i].CopyTo(value, (int)prefix);
            result[i] = value;
            previous = value;
        }

        return result;
    }

    private static ParquetException Corrupt(string encoding, string reason) => new($"Corrupt {encoding} data: {reason}.");
}
