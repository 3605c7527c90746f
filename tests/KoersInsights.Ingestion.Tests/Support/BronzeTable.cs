using KoersInsights.Parquet.File;

namespace KoersInsights.Ingestion.Tests.Support;

/// <summary>A bronze file read back with the Parquet codec's reader: columns by name, all row groups joined.</summary>
public sealed record BronzeTable(IReadOnlyDictionary<string, Array> Columns, IReadOnlyDictionary<string, string> Metadata, long RowCount)
{
    public static async Task<BronzeTable> ReadAsync(IngestTestLake lake, string path)
    {
        var bytes = await lake.ReadBytesAsync(path);
        using var stream = new MemoryStream(bytes);
        using var reader = await ParquetReader.CreateAsync(stream);
        var columns = new Dictionary<string, List<object?>>(StringComparer.Ordinal);
        foreach (var field in reader.Schema.DataFields)
        {
            columns[field.Name] = [];
        }

        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var group = reader.OpenRowGroupReader(g);
            foreach (var field in reader.Schema.DataFields)
            {
                var column = await group.ReadColumnAsync(field);
                foreach (var value in column.Data)
                {
                    columns[field.Name].Add(value);
                }
            }
        }

        return new BronzeTable(
            columns.ToDictionary(c => c.Key, c => (Array)c.Value.ToArray(), StringComparer.Ordinal),
            reader.CustomMetadata,
            reader.RowCount);
    }

    public object?[] this[string column] => (object?[])Columns[column];
}
