using KoersInsights.Ingestion.Duo;
using KoersInsights.Ingestion.Tests.Support;

namespace KoersInsights.Ingestion.Tests.Duo;

public sealed class DuoDownloadTests : IDisposable
{
    private readonly IngestTestLake _lake = new();

    public void Dispose() => _lake.Dispose();

    [Fact]
    public async Task Configured_file_url_is_downloaded_into_landing_and_ingested()
    {
        var source = Path.Combine(_lake.Root, "geslaagden-gezakten-en-cijfers-2023-2024.csv");
        await File.WriteAllTextAsync(source, "\"INSTELLINGSCODE\";\"VESTIGINGSCODE\";\"ONDERWIJSTYPE VO\";\"LEERWEG VMBO\";\"VMBO SECTOR\";\"AFDELING\";\"EXAMENKANDIDATEN\"\n\"00AH\";\"00AH00\";\"HAVO\";\" \";\"\";\"Cultuur en Maatschappij\";\"<5\"\n");
        using var http = new HttpClient();
        var downloader = new HttpDuoDownloader(_lake.Lake, http, [new Uri(source)]);
        var service = new IngestionService(_lake.Lake, _lake.Pseudonymizer, duoDownloader: downloader, workFolder: Path.Combine(_lake.Root, "work"));

        var run = await service.IngestAsync(IngestSource.Duo, null, CancellationToken.None);

        var delivery = Assert.Single(run.Deliveries);
        Assert.Equal(("examens", 1L, 1L), (delivery.Entity, delivery.RowsDelivered, delivery.RowsLoaded));
        Assert.Contains("schooljaar=2023-2024", delivery.BronzePath, StringComparison.Ordinal);
        Assert.Empty((await service.IngestAsync(IngestSource.Duo, null, CancellationToken.None)).Deliveries);
    }

    [Fact]
    public async Task Unknown_duo_file_name_is_refused_with_the_known_kinds()
    {
        var delivery = await _lake.IngestOneAsync(IngestSource.Duo, "04.-iets-anders.csv", "A;B\n1;2\n");

        Assert.Equal("quarantined", delivery.Status);
        var reason = Assert.Single(await _lake.ReasonsAsync(delivery.DeliveryId));
        Assert.Equal("file_name", reason[4]);
        Assert.Contains("vestigingen", reason[5], StringComparison.Ordinal);
    }
}
