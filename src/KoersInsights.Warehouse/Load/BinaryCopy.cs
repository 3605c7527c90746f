using Npgsql;

namespace KoersInsights.Warehouse.Load;

/// <summary>
/// One binary COPY of bronze batches: per batch a writer per target column, then row by row. The next batch is
/// read on another thread meanwhile (<see cref="ReadAhead"/>).
/// </summary>
internal static class BinaryCopy
{
    public static async Task<long> RunAsync(
        NpgsqlConnection connection, string copyCommand, IAsyncEnumerable<ColumnBatch> batches,
        Func<ColumnBatch, Action<NpgsqlBinaryImporter, int>[]> writersFor, CancellationToken ct)
    {
        long rows = 0;
        await using var importer = await connection.BeginBinaryImportAsync(copyCommand, ct);
        await foreach (var batch in ReadAhead.OneAheadAsync(batches, ct))
        {
            var writers = writersFor(batch);
            ct.ThrowIfCancellationRequested();
            for (var row = 0; row < batch.RowCount; row++)
            {
                // Synchronous per-row calls: they only fill Npgsql's write buffer; an async call per row costs more
                // than the row itself.
                importer.StartRow();
                foreach (var write in writers)
                {
                    write(importer, row);
                }
            }

            rows += batch.RowCount;
        }

        await importer.CompleteAsync(ct);
        return rows;
    }
}
