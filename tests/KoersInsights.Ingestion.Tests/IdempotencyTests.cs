using KoersInsights.Ingestion.Tests.Support;
using static KoersInsights.Ingestion.Tests.Support.Deliveries;

namespace KoersInsights.Ingestion.Tests;

public sealed class IdempotencyTests : IDisposable
{
    private readonly IngestTestLake _lake = new();

    public void Dispose() => _lake.Dispose();

    [Fact]
    public async Task Ingesting_the_same_deliveries_100_times_leaves_the_lake_byte_identical()
    {
        await _lake.PutAsync(IngestSource.Schools, VerzuimName, Verzuim(GoodVerzuimRows[0], "LL-100235;20FR00;spijbelen;2023-09-12;;0599;ja"));
        await _lake.PutAsync(IngestSource.Schools, "opp_20FR00_2023-2024.csv", "leerling_id;vestigingscode;datum_start;onderwijstype;leerjaar;woongemeente\nLL-100237;20FR00;2023-10-01;VMBO-GT;2;0599\n");
        await _lake.PutAsync(IngestSource.Schools, "tlv_20FR00.csv", "x\n");
        var first = await _lake.Service.IngestAsync(IngestSource.Schools, null, CancellationToken.None);
        Assert.Equal(3, first.Deliveries.Count);
        Assert.All(first.Deliveries, IngestTestLake.AssertReconciled);
        var before = await _lake.SnapshotAsync();

        for (var i = 0; i < 100; i++)
        {
            var again = await _lake.Service.IngestAsync(IngestSource.Schools, null, CancellationToken.None);
            Assert.Empty(again.Deliveries);
            Assert.Equal(3, again.Skipped);
        }

        Assert.Equal(before, await _lake.SnapshotAsync());
    }

    [Fact]
    public async Task Corrected_redelivery_gets_a_new_delivery_id_and_supersedes_the_earlier_one()
    {
        var first = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, Verzuim(GoodVerzuimRows[0]));
        var second = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, Verzuim(GoodVerzuimRows));

        Assert.NotEqual(first.DeliveryId, second.DeliveryId);
        Assert.StartsWith("verzuim_20fr00_2023-2024.", second.DeliveryId, StringComparison.Ordinal);
        var entries = new List<Manifest.DeliveryManifestEntry>();
        await foreach (var entry in _lake.Manifest.ListAsync())
        {
            entries.Add(entry);
        }

        var current = Assert.Single(Manifest.DeliveryManifest.Current(entries));
        Assert.Equal(second.DeliveryId, current.DeliveryId);
    }

    [Fact]
    public async Task Broken_redelivery_does_not_supersede_the_last_loaded_one()
    {
        var good = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, Verzuim(GoodVerzuimRows));
        await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, VerzuimHeader + ";extra\n");
        var entries = new List<Manifest.DeliveryManifestEntry>();
        await foreach (var entry in _lake.Manifest.ListAsync())
        {
            entries.Add(entry);
        }

        Assert.Equal(good.DeliveryId, Assert.Single(Manifest.DeliveryManifest.Current(entries)).DeliveryId);
    }

    [Fact]
    public async Task Second_ingester_exits_without_writing_while_the_first_holds_the_source_lock()
    {
        await _lake.PutAsync(IngestSource.Schools, VerzuimName, Verzuim(GoodVerzuimRows));
        await using var held = await _lake.Lake.TryAcquireLeaseAsync("_manifest/locks/ingest-schools", TimeSpan.FromSeconds(60));
        Assert.NotNull(held);

        var run = await _lake.Service.IngestAsync(IngestSource.Schools, null, CancellationToken.None);

        Assert.True(run.LockedOut);
        Assert.Empty(run.Deliveries);
        await foreach (var item in _lake.Lake.ListAsync("_manifest/deliveries/"))
        {
            Assert.Fail($"wrote {item.Path}");
        }
    }

    [Fact]
    public async Task Copy_from_folder_lands_files_and_progress_reports_every_file()
    {
        var folder = Path.Combine(_lake.Root, "from");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, VerzuimName), Verzuim(GoodVerzuimRows));
        await File.WriteAllTextAsync(Path.Combine(folder, "opp_20FR00_2023-2024.csv"), "leerling_id;vestigingscode;datum_start;onderwijstype;leerjaar;woongemeente\n");

        var landed = await _lake.Service.CopyToLandingAsync(IngestSource.Schools, folder, CancellationToken.None);
        var reports = new List<IngestProgress>();
        var run = await _lake.Service.IngestAsync(IngestSource.Schools, new SynchronousProgress(reports), CancellationToken.None);

        Assert.Equal(["landing/schools/opp_20FR00_2023-2024.csv", "landing/schools/" + VerzuimName], landed);
        Assert.Equal(2, run.Deliveries.Count);
        Assert.Equal(3, run.RowsLoaded);
        Assert.Equal((2, 2, 3L), (reports[^1].FilesDone, reports[^1].FilesTotal, reports[^1].Rows));
    }

    private sealed class SynchronousProgress(List<IngestProgress> reports) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => reports.Add(value);
    }
}
