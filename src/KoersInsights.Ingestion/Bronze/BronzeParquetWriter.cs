namespace KoersInsights.Ingestion.Bronze;

/// <summary>
/// A bronze file being written to local disk, row group by row group. All Parquet codec use of ingestion lives in
/// this file. TEMPORARY: until KoersInsights.Parquet lands this writes a placeholder format.
/// </summary>
public sealed class BronzeFile : IAsyncDisposable
{
    private readonly FileStream _stream;
    private readonly StreamWriter _writer;

    private BronzeFile(string path)
    {
        Path = path;
        _stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        _writer = new StreamWriter(_stream);
    }

    public string Path { get; }

    public static Task<BronzeFile> CreateAsync(string path, IReadOnlyList<BronzeField> fields, IReadOnlyDictionary<string, string> metadata)
    {
        var file = new BronzeFile(path);
        file._writer.WriteLine(string.Join('\t', fields.Select(f => f.Name)));
        file._writer.WriteLine(string.Join('\t', metadata.Select(m => $"{m.Key}={m.Value}")));
        return Task.FromResult(file);
    }

    public async Task WriteAsync(BronzeRowGroup rowGroup)
    {
        ArgumentNullException.ThrowIfNull(rowGroup);
        for (var r = 0; r < rowGroup.RowCount; r++)
        {
            await _writer.WriteLineAsync(string.Join('\t', rowGroup.Columns.Select(c => Convert.ToString(c.GetValue(r), System.Globalization.CultureInfo.InvariantCulture))));
        }
    }

    public async Task CompleteAsync() => await _writer.FlushAsync();

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _stream.DisposeAsync();
    }
}
