using System.Runtime.CompilerServices;
using KoersInsights.Core;
using KoersInsights.Ingestion.Manifest;
using KoersInsights.Lake;
using KoersInsights.Parquet;
using KoersInsights.Parquet.File;

namespace KoersInsights.Warehouse.Load;

/// <summary>The lake as bronze source: manifest entries from <c>_manifest/deliveries/</c>, rows from bronze Parquet.</summary>
public sealed class LakeBronzeSource(ILakeStore lake) : IBronzeSource
{
    public async Task<IReadOnlyList<DeliveryEntry>> ReadManifestAsync(CancellationToken cancellationToken)
    {
        var entries = new List<DeliveryEntry>();
        await foreach (var e in new DeliveryManifest(lake).ListAsync(cancellationToken))
        {
            entries.Add(new DeliveryEntry(e.DeliveryId, e.Source, e.Entity, e.LogicalName, e.Schooljaar, e.IngestedAt, e.Sha256, e.Status, e.BronzePath));
        }

        return entries;
    }

    public IAsyncEnumerable<ColumnBatch> ReadAsync(DeliveryEntry delivery, CancellationToken cancellationToken) =>
        ReadAsync(delivery, null, cancellationToken);

    /// <summary>Reads only the named columns' chunks: on blob storage the others are never downloaded.</summary>
    public IAsyncEnumerable<ColumnBatch> ReadColumnsAsync(DeliveryEntry delivery, IReadOnlySet<string> columns, CancellationToken cancellationToken) =>
        ReadAsync(delivery, columns, cancellationToken);

    private async IAsyncEnumerable<ColumnBatch> ReadAsync(
        DeliveryEntry delivery, IReadOnlySet<string>? columns, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (delivery.BronzePath is null)
        {
            yield break;
        }

        Stream stream;
        try
        {
            stream = await lake.OpenReadAsync(delivery.BronzePath, cancellationToken);
        }
        catch (LakeObjectNotFoundException)
        {
            // Only PurgeRetention removes bronze files (pupil rows past their term): such a delivery loads no rows,
            // and its schooljaar is never recomputed (etl.retention_purge), so its indicators stay as they were.
            yield break;
        }

        await using (stream)
        {
            ParquetReader reader;
            try
            {
                reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
            }
            catch (ParquetException ex)
            {
                throw new KoersException($"{delivery.BronzePath}: {ex.Message}", ex);
            }

            using (reader)
            {
                var fields = reader.Schema.GetDataFields().Where(f => columns is null || columns.Contains(f.Name)).ToArray();
                for (var g = 0; g < reader.RowGroupCount; g++)
                {
                    var group = reader.OpenRowGroupReader(g);
                    var read = new List<BronzeColumn>(fields.Length);
                    foreach (var field in fields)
                    {
                        var column = await group.ReadColumnAsync(field, cancellationToken);
                        read.Add(new BronzeColumn(field.Name, column.Data));
                    }

                    yield return new ColumnBatch(read, checked((int)group.RowCount));
                }
            }
        }
    }
}
