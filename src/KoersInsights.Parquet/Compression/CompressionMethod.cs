namespace KoersInsights.Parquet.Compression;

/// <summary>Page compression codecs the writer offers (names as in Parquet.Net).</summary>
public enum CompressionMethod
{
    None,
    Snappy,
    Gzip,
}
