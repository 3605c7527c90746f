namespace KoersInsights.Parquet.Encodings;

/// <summary>BYTE_STREAM_SPLIT decoding (Encodings.md): byte k of value i is at <c>k * count + i</c>.</summary>
internal static class ByteStreamSplit
{
    public static byte[] Gather(ReadOnlySpan<byte> data, int count, int width)
    {
        if ((long)count * width > data.Length)
        {
            throw new ParquetException("Corrupt BYTE_STREAM_SPLIT data: fewer bytes than values.");
        }

        var result = new byte[count * width];
        for (var k = 0; k < width; k++)
        {
            var stream = data.Slice(k * count, count);
            for (var i = 0; i < count; i++)
            {
                result[(i * width) + k] = stream[i];
            }
        }

        return result;
    }
}
