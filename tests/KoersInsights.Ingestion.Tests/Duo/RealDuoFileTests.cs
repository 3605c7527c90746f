using KoersInsights.Ingestion.Manifest;
using KoersInsights.Ingestion.Tests.Support;
using KoersInsights.TestSupport;

namespace KoersInsights.Ingestion.Tests.Duo;

/// <summary>The real DUO files of ../shared/data/duo parse with no rejects and exactly their data-row counts.</summary>
public sealed class RealDuoFileTests : IDisposable
{
    private readonly IngestTestLake _lake = new();

    public void Dispose() => _lake.Dispose();

    // Data rows counted independently (Python csv module, header excluded). The README's "1,631 rows" for the
    // vestigingen file is its line count including the header; the file holds 1,630 locations.
    [SharedDataTheory]
    [InlineData("02.-alle-vestigingen-vo.csv", "vestigingen", 1630)]
    [InlineData("03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-2025.csv", "leerlingen", 1453)]
    [InlineData("geslaagden-gezakten-en-cijfers-2024-2025.csv", "examens", 11356)]
    public async Task Real_duo_file_loads_every_row_without_rejects(string fileName, string entity, long rows)
    {
        var delivery = await _lake.IngestOneAsync(IngestSource.Duo, fileName, await File.ReadAllBytesAsync(SharedDuo.File(fileName)));

        Assert.Equal(string.Empty, string.Join('\n', delivery.FirstReasons));
        Assert.Equal(DeliveryStatus.Loaded, delivery.Status);
        Assert.Equal(entity, delivery.Entity);
        Assert.Equal((rows, rows, 0L), (delivery.RowsDelivered, delivery.RowsLoaded, delivery.RowsQuarantined));
        Assert.StartsWith($"bronze/duo/{entity}/schooljaar=", delivery.BronzePath, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Leerlingen_2025_maps_to_schooljaar_2024_2025()
    {
        const string name = "03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-2025.csv";
        var delivery = await _lake.IngestOneAsync(IngestSource.Duo, name, await File.ReadAllBytesAsync(SharedDuo.File(name)));

        var entry = await _lake.Manifest.ReadAsync(delivery.DeliveryId);
        Assert.Equal("2024-2025", entry!.Schooljaar);
        Assert.Equal("bronze/duo/leerlingen/schooljaar=2024-2025/" + delivery.DeliveryId + ".parquet", entry.BronzePath);
    }
}
