using System.IO.Compression;
using System.Text;
using KoersInsights.Core;
using KoersInsights.Extracts.Disclosure;
using KoersInsights.Extracts.Publishing;
using KoersInsights.Extracts.Scope;
using KoersInsights.Extracts.Tests.Fixtures;
using KoersInsights.Extracts.Writers;
using KoersInsights.TestSupport;

namespace KoersInsights.Extracts.Tests.Publishing;

public sealed class ExtractPublisherTests : IClassFixture<ExtractWarehouse>
{
    private static readonly ExtractOptions Options = new()
    {
        Recipients = new Dictionary<string, string>
        {
            [AdversarialRegion.GemeenteA] = $"extracts/{AdversarialRegion.GemeenteA}",
            [AdversarialRegion.GemeenteB] = $"extracts/{AdversarialRegion.GemeenteB}",
        },
    };

    private readonly ExtractWarehouse _warehouse;

    public ExtractPublisherTests(ExtractWarehouse warehouse)
    {
        _warehouse = warehouse;
    }

    [PostgresFact]
    public async Task Every_published_release_passes_the_disclosure_audit()
    {
        using var lake = new TempLake();
        var summary = await new ExtractPublisher(Options).PublishAsync(lake.Lake, _warehouse.ConnectionString, null, null, default);

        Assert.Equal(2, summary.Releases.Count);
        foreach (var release in summary.Releases)
        {
            var files = await ReleaseReader.ReadAsync(lake.Lake, release.LakePath);
            var scope = await ScopeAsync(release.Gemeentecode);
            var truth = await new WarehouseReader(_warehouse.ConnectionString).RowsAsync(scope, default);
            var csv = files.Where(f => f.Key.EndsWith(".csv", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value);

            var findings = DisclosureAudit.Run(csv, scope, truth, ThresholdPolicy.Default);

            Assert.True(findings.Count == 0, string.Join("\n", findings));
            Assert.True(release.PrimaryCells > 0 && release.SecondaryCells > 0, $"{release.Gemeentecode}: {release.PrimaryCells} P, {release.SecondaryCells} S");
        }
    }

    [PostgresFact]
    public async Task Small_school_counts_show_the_marker_and_reason_and_old_schooljaren_are_left_out()
    {
        using var lake = new TempLake();
        var summary = await new ExtractPublisher(Options).PublishAsync(lake.Lake, _warehouse.ConnectionString, AdversarialRegion.GemeenteA, null, default);
        var files = await ReleaseReader.ReadAsync(lake.Lake, summary.Releases.Single().LakePath);
        var rows = CsvTableReader.Read(files["vestigingen.csv"]);
        var header = rows[0].ToList();

        var small = rows.Single(r => r[header.IndexOf("code")] == "10BB00" && r[header.IndexOf("indicator_code")] == "TV_INSTROOM"
            && r[header.IndexOf("schooljaar")] == "2023-2024");
        Assert.Equal("*", small[header.IndexOf("teller")]);
        Assert.Equal("*", small[header.IndexOf("waarde")]);
        Assert.Contains('P', small[header.IndexOf("reden")]);

        var masked = rows.Single(r => r[header.IndexOf("code")] == "10BB00" && r[header.IndexOf("uitsplitsing")] == "duo_uitbesteed"
            && r[header.IndexOf("schooljaar")] == "2023-2024");
        Assert.Equal("*", masked[header.IndexOf("teller")]);
        Assert.Contains('D', masked[header.IndexOf("reden")]);

        Assert.DoesNotContain(rows.Skip(1), r => r[header.IndexOf("schooljaar")] == AdversarialRegion.OldYear);
        Assert.Equal([0xEF, 0xBB, 0xBF], files["vestigingen.csv"][..3]);
    }

    [PostgresFact]
    public async Task Files_of_a_gemeente_hold_nothing_outside_its_scope()
    {
        using var lake = new TempLake();
        var summary = await new ExtractPublisher(Options).PublishAsync(lake.Lake, _warehouse.ConnectionString, AdversarialRegion.GemeenteA, null, default);
        var files = await ReleaseReader.ReadAsync(lake.Lake, summary.Releases.Single().LakePath);

        var text = new StringBuilder();
        foreach (var (name, content) in files)
        {
            text.Append(name.EndsWith(".xlsx", StringComparison.Ordinal) ? XlsxXml(content) : Encoding.UTF8.GetString(content));
        }

        var all = text.ToString();
        Assert.Contains("10BB00", all, StringComparison.Ordinal);
        foreach (var outside in new[] { "20DD00", "30EE00", AdversarialRegion.GemeenteB, "BAR", "Buurschool", "Verre School" })
        {
            Assert.DoesNotContain(outside, all, StringComparison.Ordinal);
        }
    }

    [PostgresFact]
    public async Task Xlsx_read_back_with_the_OpenXml_SDK_equals_the_csv()
    {
        using var lake = new TempLake();
        var summary = await new ExtractPublisher(Options).PublishAsync(lake.Lake, _warehouse.ConnectionString, AdversarialRegion.GemeenteA, null, default);
        var files = await ReleaseReader.ReadAsync(lake.Lake, summary.Releases.Single().LakePath);

        var sheets = XlsxSheets.Read(files["extract.xlsx"]);

        Assert.Equal(["vestigingen", "woongemeente", "subregio", "definities"], sheets.Keys.ToArray());
        foreach (var table in new[] { "vestigingen", "woongemeente", "subregio" })
        {
            var csv = CsvTableReader.Read(files[$"{table}.csv"]);
            Assert.Equal(csv.Select(r => string.Join('|', r)), sheets[table].Rows.Select(r => string.Join('|', r)));
            Assert.True(sheets[table].HeaderFrozen, $"{table}: header row not frozen");
        }
    }

    [PostgresFact]
    public async Task Two_runs_on_unchanged_data_give_one_release_with_identical_bytes()
    {
        using var lake = new TempLake();
        var publisher = new ExtractPublisher(Options);
        var first = await publisher.PublishAsync(lake.Lake, _warehouse.ConnectionString, AdversarialRegion.GemeenteA, null, default);
        var before = await ReleaseReader.ReadAsync(lake.Lake, first.Releases[0].LakePath);

        var second = await publisher.PublishAsync(lake.Lake, _warehouse.ConnectionString, AdversarialRegion.GemeenteA, null, default);

        Assert.True(first.Releases[0].IsNew);
        Assert.False(second.Releases[0].IsNew);
        Assert.Equal(first.Releases[0].ReleaseId, second.Releases[0].ReleaseId);
        var releases = new HashSet<string>();
        await foreach (var item in lake.Lake.ListAsync($"extracts/{AdversarialRegion.GemeenteA}/"))
        {
            releases.Add(item.Path.Split('/')[2]);
        }

        Assert.Single(releases);
        var after = await ReleaseReader.ReadAsync(lake.Lake, first.Releases[0].LakePath);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, f => Assert.Equal(f.Value, after[f.Key]));
        var manifest = Encoding.UTF8.GetString(after["manifest.json"]);
        Assert.Contains("\"generated_at\": \"2024-11-01T02:00:00Z\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"source_load_id\": 7", manifest, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Building_twice_gives_byte_identical_files()
    {
        var scope = await ScopeAsync(AdversarialRegion.GemeenteA);
        var reader = new WarehouseReader(_warehouse.ConnectionString);
        var load = new LoadInfo(7, DateTimeOffset.UnixEpoch, true);

        var a = await ReleaseBuilder.BuildAsync(reader, scope, load, [], ThresholdPolicy.Default, default);
        var b = await ReleaseBuilder.BuildAsync(reader, scope, load, [], ThresholdPolicy.Default, default);

        Assert.Equal(a.Files.Select(f => f.Sha256), b.Files.Select(f => f.Sha256));
    }

    [PostgresFact]
    public async Task Unknown_gemeente_is_refused_in_one_line()
    {
        using var lake = new TempLake();
        var error = await Assert.ThrowsAsync<KoersException>(() =>
            new ExtractPublisher(Options).PublishAsync(lake.Lake, _warehouse.ConnectionString, "9999", null, default));
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("9999", error.Message, StringComparison.Ordinal);
    }

    private async Task<GemeenteScope> ScopeAsync(string gemeente)
    {
        var reader = new WarehouseReader(_warehouse.ConnectionString);
        var years = await reader.SchooljarenAsync(3, default);
        return new GemeenteScope(gemeente, Options.GemeenteNamen.GetValueOrDefault(gemeente, gemeente), $"extracts/{gemeente}", years,
            await reader.VestigingenAsync(gemeente, years, default));
    }

    private static string XlsxXml(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }
}
