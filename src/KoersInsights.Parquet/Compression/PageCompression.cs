using System.IO.Compression;
using IronSnappy;
using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.Compression;

/// <summary>Compresses and decompresses page bodies; the only place that knows the codecs.</summary>
internal static class PageCompression
{
    // Largest page we agree to inflate. Real writers use pages of about 1 MB (DuckDB, parquet-mr); the bound
    // keeps a corrupt header from requesting gigabytes.
    private const int MaxPageSize = 1 << 30;

    // Best possible ratios: snappy copies 64 bytes per 3-byte tag (about 21:1); deflate about 1032:1.
    private const int SnappyMaxRatio = 24;
    private const int DeflateMaxRatio = 1040;

    public static CompressionCodec ToCodec(CompressionMethod method) => method switch
    {
        CompressionMethod.None => CompressionCodec.Uncompressed,
        CompressionMethod.Snappy => CompressionCodec.Snappy,
        CompressionMethod.Gzip => CompressionCodec.Gzip,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown compression method."),
    };

    public static ReadOnlySpan<byte> Compress(CompressionCodec codec, ReadOnlySpan<byte> data)
    {
        switch (codec)
        {
            case CompressionCodec.Uncompressed:
                return data;
            case CompressionCodec.Snappy:
                return Snappy.Encode(data);
            case CompressionCodec.Gzip:
                {
                    using var memory = new MemoryStream();
                    using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true))
                    {
                        gzip.Write(data);
                    }

                    return memory.ToArray();
                }

            default:
                throw new ParquetException($"Compression codec {Name(codec)} is not supported for writing.");
        }
    }

    /// <summary>Inflates a page body to exactly <paramref name="uncompressedSize"/> bytes.</summary>
    public static byte[] Decompress(CompressionCodec codec, ReadOnlySpan<byte> data, int uncompressedSize, string column)
    {
        if (uncompressedSize < 0 || uncompressedSize > MaxPageSize)
        {
            throw new ParquetException($"Corrupt Parquet page in column '{column}': uncompressed size {uncompressedSize}.");
        }

        switch (codec)
        {
            case CompressionCodec.Uncompressed:
                if (data.Length != uncompressedSize)
                {
                    throw SizeMismatch(column);
                }

                return data.ToArray();
            case CompressionCodec.Snappy:
                {
                    // The snappy preamble is the decoded length; checking it first keeps the decoder from
                    // allocating whatever a corrupt preamble claims.
                    if (uncompressedSize > ((long)data.Length * SnappyMaxRatio) + 64
                        || SnappyPreamble(data) != uncompressedSize)
                    {
                        throw SizeMismatch(column);
                    }

                    byte[] result;
                    try
                    {
                        result = Snappy.Decode(data);
                    }
                    catch (Exception e) when (e is not ParquetException and not OutOfMemoryException)
                    {
                        throw new ParquetException($"Corrupt SNAPPY page in column '{column}': {e.Message}", e);
                    }

                    return result.Length == uncompressedSize ? result : throw SizeMismatch(column);
                }

            case CompressionCodec.Gzip:
                {
                    if (uncompressedSize > ((long)data.Length * DeflateMaxRatio) + 1024)
                    {
                        throw SizeMismatch(column);
                    }

                    var result = new byte[uncompressedSize];
                    try
                    {
                        using var input = new MemoryStream(data.ToArray(), writable: false);
                        using var gzip = new GZipStream(input, CompressionMode.Decompress);
                        gzip.ReadExactly(result);
                        if (gzip.ReadByte() != -1)
                        {
                            throw SizeMismatch(column);
                        }
                    }
                    catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
                    {
                        throw new ParquetException($"Corrupt GZIP page in column '{column}': {e.Message}", e);
                    }

                    return result;
                }

            default:
                throw new ParquetException(
                    $"Column '{column}' is compressed with {Name(codec)}, which this Parquet reader does not support (supported: UNCOMPRESSED, SNAPPY, GZIP).");
        }
    }

    private static long SnappyPreamble(ReadOnlySpan<byte> data)
    {
        long value = 0;
        for (var i = 0; i < Math.Min(5, data.Length); i++)
        {
            value |= (long)(data[i] & 0x7F) << (7 * i);
            if ((data[i] & 0x80) == 0)
            {
                return value;
            }
        }

        return -1;
    }

    public static string Name(CompressionCodec codec) => codec switch
    {
        CompressionCodec.Uncompressed => "UNCOMPRESSED",
        CompressionCodec.Snappy => "SNAPPY",
        CompressionCodec.Gzip => "GZIP",
        CompressionCodec.Lzo => "LZO",
        CompressionCodec.Brotli => "BROTLI",
        CompressionCodec.Lz4 => "LZ4",
        CompressionCodec.Zstd => "ZSTD",
        CompressionCodec.Lz4Raw => "LZ4_RAW",
        _ => $"codec #{(int)codec}",
    };

    private static ParquetException SizeMismatch(string column) =>
        new($"Corrupt Parquet page in column '{column}': the decompressed size does not match the page header.");
}
