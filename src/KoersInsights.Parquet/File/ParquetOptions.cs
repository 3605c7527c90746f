using KoersInsights.Parquet.Compression;

namespace KoersInsights.Parquet.File;

/// <summary>Writer and reader settings. The defaults suit lake files: snappy, dictionary where it pays, 1 MB pages.</summary>
public sealed class ParquetOptions
{
    public CompressionMethod CompressionMethod { get; set; } = CompressionMethod.Snappy;

    /// <summary>Dictionary-encode column chunks whose dictionary stays within <see cref="DictionaryPageSizeLimit"/>.</summary>
    public bool UseDictionaryEncoding { get; set; } = true;

    /// <summary>Plain-encoded size of a dictionary beyond which the column chunk falls back to PLAIN (1 MB, as parquet-mr).</summary>
    public int DictionaryPageSizeLimit { get; set; } = 1 << 20;

    /// <summary>Target uncompressed size of a data page.</summary>
    public int DataPageSize { get; set; } = 1 << 20;

    /// <summary>Target rows per row group for the writers that split a table themselves (<see cref="ParquetWriter.WriteTableAsync"/>).</summary>
    public int RowGroupSize { get; set; } = 1_000_000;

    /// <summary>
    /// Rows per row group the reader accepts. A row group's values are materialised at once, so the bound is what
    /// keeps a corrupt or hostile footer from requesting unbounded memory.
    /// </summary>
    public int MaxRowGroupRows { get; set; } = 1 << 26;

    /// <summary>The footer's created_by; constant so the same data always gives the same bytes.</summary>
    public string CreatedBy { get; set; } = "KoersInsights.Parquet version 1.0.0";
}
