using KoersInsights.Parquet.Compression;
using KoersInsights.Parquet.Schema;
using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.File;

/// <summary>Checks the footer against the schema and the file's size before any page is read or allocated.</summary>
internal static class FooterValidation
{
    public static void Check(FileMetaData metadata, ParquetSchema schema, long dataEnd, ParquetOptions options)
    {
        var fields = schema.DataFields;
        for (var g = 0; g < metadata.RowGroups.Count; g++)
        {
            var rowGroup = metadata.RowGroups[g];
            if (rowGroup.NumRows < 0 || rowGroup.NumRows > options.MaxRowGroupRows)
            {
                throw new ParquetException(
                    $"Row group {g} claims {rowGroup.NumRows} rows; this reader accepts 0..{options.MaxRowGroupRows} per row group.");
            }

            if (rowGroup.Columns.Count != fields.Count)
            {
                throw new ParquetException($"Corrupt Parquet metadata: row group {g} has {rowGroup.Columns.Count} columns, the schema {fields.Count}.");
            }

            for (var c = 0; c < fields.Count; c++)
            {
                var chunk = rowGroup.Columns[c];
                var meta = chunk.MetaData ?? throw new ParquetException($"Corrupt Parquet metadata: column '{fields[c].Name}' in row group {g} has no metadata.");
                if (chunk.FilePath is not null)
                {
                    throw new ParquetException($"Column '{fields[c].Name}' is stored in another file ({chunk.FilePath}); external column chunks are not supported.");
                }

                if (meta.Type != fields[c].ColumnType.Physical)
                {
                    throw new ParquetException($"Corrupt Parquet metadata: column '{fields[c].Name}' is {meta.Type} in row group {g}, {fields[c].ColumnType.Physical} in the schema.");
                }

                if (meta.Codec is not (CompressionCodec.Uncompressed or CompressionCodec.Snappy or CompressionCodec.Gzip))
                {
                    throw new ParquetException(
                        $"Column '{fields[c].Name}' is compressed with {PageCompression.Name(meta.Codec)}, which this Parquet reader does not support (supported: UNCOMPRESSED, SNAPPY, GZIP).");
                }

                var start = ChunkStart(meta);
                if (start < 4 || meta.TotalCompressedSize <= 0 || meta.TotalCompressedSize > int.MaxValue
                    || start + meta.TotalCompressedSize > dataEnd)
                {
                    throw new ParquetException(
                        $"Corrupt Parquet metadata: column '{fields[c].Name}' in row group {g} points outside the file.");
                }

                if (meta.NumValues != rowGroup.NumRows)
                {
                    throw new ParquetException(
                        $"Corrupt Parquet metadata: column '{fields[c].Name}' has {meta.NumValues} values in a row group of {rowGroup.NumRows} rows.");
                }
            }
        }
    }

    /// <summary>Where a chunk's first page is: the dictionary page when there is one (some writers put 0 there when absent).</summary>
    public static long ChunkStart(ColumnMetaData meta) =>
        meta.DictionaryPageOffset is > 0 and var dictionary && dictionary < meta.DataPageOffset ? dictionary : meta.DataPageOffset;
}
