using KoersInsights.Ingestion.Bronze;
using KoersInsights.Ingestion.Tests.Support;
using KoersInsights.TestSupport;
using static KoersInsights.Ingestion.Tests.Support.Deliveries;

namespace KoersInsights.Ingestion.Tests;

/// <summary>Bronze files read back with the Parquet codec's own reader: types, lineage and metadata of docs/lake.md.</summary>
public sealed class BronzeContentTests : IDisposable
{
    private readonly IngestTestLake _lake = new();

    public void Dispose() => _lake.Dispose();

    [Fact]
    public async Task Verzuim_bronze_has_typed_columns_lineage_and_file_metadata()
    {
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, Verzuim(GoodVerzuimRows[0], "bad;20FR00;x;2023-09-12;;0599;ja", GoodVerzuimRows[1]));

        var table = await BronzeTable.ReadAsync(_lake, delivery.BronzePath!);
        Assert.Equal(2, table.RowCount);
        Assert.Equal(
            ["leerling_pseudonym", "vestigingscode", "soort", "datum_start", "datum_einde", "woongemeente", "gemeld_leerplicht", "delivery_id", "source_file", "source_line", "ingested_at"],
            table.Columns.Keys);
        Assert.Equal([new DateOnly(2023, 9, 12), new DateOnly(2023, 10, 14)], table["datum_start"]);
        Assert.Equal([new DateOnly(2023, 11, 1), null], table["datum_einde"]);
        Assert.Equal([true, false], table["gemeld_leerplicht"]);
        Assert.Equal([2L, 4L], table["source_line"]);
        Assert.All(table["delivery_id"], v => Assert.Equal(delivery.DeliveryId, v));
        Assert.All(table["source_file"], v => Assert.Equal(VerzuimName, v));
        Assert.Equal(DateTimeKind.Utc, ((DateTime)table["ingested_at"][0]!).Kind);
        Assert.Equal(delivery.DeliveryId, table.Metadata[BronzeLineage.DeliveryIdKey]);
        Assert.Equal("1", table.Metadata[BronzeLineage.SchemaVersionKey]);
        Assert.Equal(64, table.Metadata[BronzeLineage.SourceSha256Key].Length);
    }

    [Fact]
    public async Task Consultatie_uren_is_a_decimal_and_aantal_an_int()
    {
        var text = "vestigingscode;schooljaar;activiteit;aantal;uren\n20FR00;2023/2024;Handelingsadvies;12;30,5\n";
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, "consultatie_SWV_2023-2024.csv", text);

        var table = await BronzeTable.ReadAsync(_lake, delivery.BronzePath!);
        Assert.Equal([30.5m], table["uren"]);
        Assert.Equal([12], table["aantal"]);
        Assert.Equal(["2023-2024"], table["schooljaar"]);
        Assert.Equal(["handelingsadvies"], table["activiteit"]);
    }

    [SharedDataFact]
    public async Task Duo_masked_counts_are_null_with_the_masked_flag_set()
    {
        const string name = "03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-2025.csv";
        var delivery = await _lake.IngestOneAsync(IngestSource.Duo, name, await File.ReadAllBytesAsync(SharedDuo.File(name)));

        var table = await BronzeTable.ReadAsync(_lake, delivery.BronzePath!);
        var masked = table["aantal_vo_leerlingen_uitbesteed_aan_vavo_gemaskeerd"];
        var counts = table["aantal_vo_leerlingen_uitbesteed_aan_vavo"];
        Assert.Equal(325, masked.Count(m => (bool)m!));
        Assert.All(Enumerable.Range(0, masked.Length).Where(i => (bool)masked[i]!), i => Assert.Null(counts[i]));
        Assert.Equal(1453, table["aantal_leerlingen"].Count(v => v is int));
        Assert.Contains("bevoegd_gezag_nummer", table.Columns.Keys);
    }

    [SharedDataFact]
    public async Task Duo_vestigingen_keeps_windows_1252_names_and_doubled_quotes()
    {
        const string name = "02.-alle-vestigingen-vo.csv";
        var delivery = await _lake.IngestOneAsync(IngestSource.Duo, name, await File.ReadAllBytesAsync(SharedDuo.File(name)));

        var table = await BronzeTable.ReadAsync(_lake, delivery.BronzePath!);
        var names = table["vestigingsnaam"].Cast<string>().ToList();
        Assert.Contains("VMBO \"De Jutter\" Vlieland", names);
        Assert.Contains(names, n => n.Contains("d`Oultremont", StringComparison.Ordinal));
        Assert.Contains("Fryslân", table["coropgebied_naam"].Cast<string?>().Concat(table["rpa_gebied_naam"].Cast<string?>()));
    }

    [SharedDataFact]
    public async Task Duo_grades_are_decimals_and_a_lone_space_is_empty()
    {
        const string name = "geslaagden-gezakten-en-cijfers-2024-2025.csv";
        var delivery = await _lake.IngestOneAsync(IngestSource.Duo, name, await File.ReadAllBytesAsync(SharedDuo.File(name)));

        var table = await BronzeTable.ReadAsync(_lake, delivery.BronzePath!);
        Assert.Equal(6.6m, table["gemiddeld_cijfer_schoolexamen"][0]);
        Assert.Null(table["leerweg_vmbo"][0]);
        Assert.True((bool)table["examenkandidaten_gemaskeerd"][0]!);
        Assert.Null(table["examenkandidaten"][0]);
    }
}
