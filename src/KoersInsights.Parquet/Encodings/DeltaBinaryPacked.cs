namespace KoersInsights.Parquet.Encodings;

/// <summary>
/// DELTA_BINARY_PACKED decoding (Encodings.md): a header of block size, miniblocks per block, total count and first
/// value, then blocks of (min delta, miniblock bit widths, bit-packed deltas). Arithmetic wraps, as the spec says.
/// </summary>
internal static class DeltaBinaryPacked
{
    /// <summary>Decodes <c>output.Length</c> values; returns the bytes consumed (needed by the byte-array encodings).</summary>
    public static int Decode(ReadOnlySpan<byte> data, Span<long> output)
    {
        var position = 0;
        var blockSize = RleBitPackedHybrid.ReadUleb128(data, ref position);
        var miniblocks = RleBitPackedHybrid.ReadUleb128(data, ref position);
        var total = RleBitPackedHybrid.ReadUleb128(data, ref position);
        var first = ZigZag(RleBitPackedHybrid.ReadUleb128(data, ref position));
        if (blockSize == 0 || blockSize % 128 != 0 || miniblocks == 0 || blockSize % miniblocks != 0
            || blockSize / miniblocks % 32 != 0 || blockSize > 1 << 20)
        {
            throw Corrupt($"block size {blockSize} with {miniblocks} miniblocks");
        }

        if (total < (ulong)output.Length)
        {
            throw Corrupt($"{total} values where {output.Length} were expected");
        }

        if (output.IsEmpty)
        {
            return position;
        }

        var perMiniblock = (int)(blockSize / miniblocks);
        Span<ulong> deltas = perMiniblock <= 1024 ? stackalloc ulong[perMiniblock] : new ulong[perMiniblock];
        Span<byte> widths = stackalloc byte[(int)Math.Min(miniblocks, 256)];
        if (miniblocks > 256)
        {
            throw Corrupt($"{miniblocks} miniblocks per block");
        }

        output[0] = first;
        var produced = 1;
        var previous = first;
        var remainingTotal = (long)Math.Min(total, long.MaxValue) - 1;
        while (remainingTotal > 0)
        {
            var minDelta = ZigZag(RleBitPackedHybrid.ReadUleb128(data, ref position));
            if ((int)miniblocks > data.Length - position)
            {
                throw Corrupt("miniblock widths past the end");
            }

            data.Slice(position, (int)miniblocks).CopyTo(widths);
            position += (int)miniblocks;
            for (var m = 0; m < (int)miniblocks && remainingTotal > 0; m++)
            {
                var width = widths[m];
                if (width > 64)
                {
                    throw Corrupt($"miniblock bit width {width}");
                }

                var bytes = perMiniblock * width / 8;
                if (bytes > data.Length - position)
                {
                    throw Corrupt("miniblock past the end");
                }

                BitPacking.Unpack64(data.Slice(position, bytes), width, deltas);
                position += bytes;
                var count = (int)Math.Min(perMiniblock, remainingTotal);
                for (var k = 0; k < count; k++)
                {
                    previous = unchecked(previous + minDelta + (long)deltas[k]);
                    if (produced < output.Length)
                    {
                        output[produced] = previous;
                    }

                    produced++;
                }

                remainingTotal -= count;
            }
        }

        return position;
    }

    private static long ZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    private static ParquetException Corrupt(string reason) => new($"Corrupt DELTA_BINARY_PACKED data: {reason}.");
}
