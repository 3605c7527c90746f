using System.IO.Compression;
using System.Text;
using KoersInsights.Ingestion.Manifest;
using KoersInsights.Ingestion.Tests.Support;
using KoersInsights.Ingestion.Validation;
using static KoersInsights.Ingestion.Tests.Support.Deliveries;

namespace KoersInsights.Ingestion.Tests;

/// <summary>One test per bad-input case of issue 5, each asserting the reason (line, column, rule) and quarantine.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly IngestTestLake _lake = new();

    public void Dispose() => _lake.Dispose();

    [Fact]
    public async Task Windows1252_file_is_detected_and_loaded_with_its_accents()
    {
        var text = "vraag_code;vraagtekst;thema;schaal;hoger_is_beter\nTEV01;Hoe tevreden bent u over de begeleiding door de coördinator?;tevredenheid_ondersteuning;1-5;ja\n";
        var delivery = await _lake.IngestOneAsync(IngestSource.Surveys, "vragen.csv", Windows1252(text));

        Assert.Equal(DeliveryStatus.Loaded, delivery.Status);
        Assert.Equal(1, delivery.RowsLoaded);
        var table = await BronzeTable.ReadAsync(_lake, delivery.BronzePath!);
        Assert.Equal(["Hoe tevreden bent u over de begeleiding door de coördinator?"], table["vraagtekst"]);
    }

    [Fact]
    public async Task Utf8_file_with_bom_loads_and_the_bom_does_not_become_part_of_the_first_column()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Verzuim(GoodVerzuimRows))).ToArray();
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, bytes);

        Assert.Equal(DeliveryStatus.Loaded, delivery.Status);
        Assert.Equal(3, delivery.RowsLoaded);
        var table = await BronzeTable.ReadAsync(_lake, delivery.BronzePath!);
        Assert.Equal(_lake.Pseudonymizer.Pseudonymize("LL-100234"), table["leerling_pseudonym"][0]);
    }

    [Fact]
    public async Task Comma_delimited_file_is_detected_from_its_header()
    {
        var text = VerzuimHeader.Replace(';', ',') + "\n" + string.Join('\n', GoodVerzuimRows.Select(r => r.Replace(';', ','))) + "\n";
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, text);

        Assert.Equal(DeliveryStatus.Loaded, delivery.Status);
        Assert.Equal(3, delivery.RowsLoaded);
    }

    [Fact]
    public async Task Old_duo_header_variant_is_mapped_to_current_names_and_vestigingscode_gets_the_brin()
    {
        var text = "\"BRIN NUMMER\";\"VESTIGINGSNUMMER\";\"BEVOEGD GEZAG NUMMER\";\"AANTAL LEERLINGEN\"\n\"18BR\";\"0\";\"10053\";234\n\"19HY\";\"01\";\"10028\";\"<5\"\n";
        var delivery = await _lake.IngestOneAsync(IngestSource.Duo, "03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-2019.csv", text);

        Assert.Equal(DeliveryStatus.Loaded, delivery.Status);
        Assert.Equal(2, delivery.RowsLoaded);
        Assert.Contains("schooljaar=2018-2019", delivery.BronzePath, StringComparison.Ordinal);
        var table = await BronzeTable.ReadAsync(_lake, delivery.BronzePath!);
        Assert.Equal(["18BR00", "19HY01"], table["vestigingscode"]);
        Assert.Equal(["18BR", "19HY"], table["instellingscode"]);
        Assert.Equal([234, null], table["aantal_leerlingen"]);
        Assert.Equal([false, true], table["aantal_leerlingen_gemaskeerd"]);
    }

    [Fact]
    public async Task Unknown_duo_header_rejects_the_file_and_names_the_header()
    {
        var text = "\"INSTELLINGSCODE\";\"VESTIGINGSCODE\";\"AANTAL LEERLINGEN\";\"NIEUWE KOLOM\"\n\"18BR\";\"18BR00\";234;\"x\"\n";
        var delivery = await _lake.IngestOneAsync(IngestSource.Duo, "03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-2025.csv", text);

        Assert.Equal(DeliveryStatus.Quarantined, delivery.Status);
        var reason = await SingleReasonAsync(delivery, Rules.UnknownHeader);
        Assert.Equal("1", reason[1]);
        Assert.Equal("NIEUWE KOLOM", reason[2]);
        Assert.Contains("'NIEUWE KOLOM'", reason[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_required_column_quarantines_the_whole_file()
    {
        var text = "leerling_id;vestigingscode;soort;datum_start;woongemeente\nLL-100234;20FR00;absoluut;2023-09-12;0599\n";
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, text);

        AssertFileQuarantined(delivery, 1);
        var reason = await SingleReasonAsync(delivery, Rules.MissingColumn);
        Assert.Equal(("1", "gemeld_leerplicht"), (reason[1], reason[2]));
        Assert.True(await _lake.ExistsAsync(DeliveryIds.QuarantineFolder(delivery.DeliveryId) + VerzuimName));
    }

    [Fact]
    public async Task Extra_column_quarantines_the_whole_file_for_minimisation()
    {
        var text = VerzuimHeader + ";bsn\n" + GoodVerzuimRows[0] + ";123456782\n";
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, text);

        AssertFileQuarantined(delivery, 1);
        var reason = await SingleReasonAsync(delivery, Rules.UnknownColumn);
        Assert.Equal(("1", "bsn"), (reason[1], reason[2]));
        Assert.Null(delivery.BronzePath);
        Assert.Empty(await BronzeObjectsAsync());
    }

    [Fact]
    public async Task Bad_date_quarantines_only_that_row()
    {
        var text = Verzuim(GoodVerzuimRows[0], "LL-100235;20FR00;absoluut;2023-13-45;;0599;ja", GoodVerzuimRows[2]);
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, text);

        Assert.Equal(DeliveryStatus.PartiallyQuarantined, delivery.Status);
        Assert.Equal((3L, 2L, 1L), (delivery.RowsDelivered, delivery.RowsLoaded, delivery.RowsQuarantined));
        var reason = await SingleReasonAsync(delivery, Rules.Type);
        Assert.Equal(("3", "datum_start", "2023-13-45"), (reason[1], reason[2], reason[3]));
    }

    [Fact]
    public async Task Date_outside_the_schooljaar_window_is_a_range_error()
    {
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, Verzuim("LL-100234;20FR00;absoluut;1999-09-01;;0599;ja"));

        var reason = await SingleReasonAsync(delivery, Rules.Range);
        Assert.Equal(("2", "datum_start"), (reason[1], reason[2]));
    }

    [Fact]
    public async Task Unknown_code_quarantines_the_row_and_lists_the_allowed_codes()
    {
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, Verzuim(GoodVerzuimRows[0], "LL-100235;20FR00;spijbelen;2023-09-12;;0599;ja"));

        Assert.Equal(DeliveryStatus.PartiallyQuarantined, delivery.Status);
        var reason = await SingleReasonAsync(delivery, Rules.Code);
        Assert.Equal(("3", "soort", "spijbelen"), (reason[1], reason[2], reason[3]));
        Assert.Contains("relatief_langdurig", reason[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_natural_key_quarantines_the_second_row_and_points_at_the_first()
    {
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, Verzuim(GoodVerzuimRows[0], GoodVerzuimRows[1], " ll-100234 ;20fr00;Relatief langdurig;12-09-2023;;599;ja"));

        Assert.Equal((3L, 2L, 1L), (delivery.RowsDelivered, delivery.RowsLoaded, delivery.RowsQuarantined));
        var reason = await SingleReasonAsync(delivery, Rules.DuplicateKey);
        Assert.Equal("4", reason[1]);
        Assert.Contains("line 2", reason[5], StringComparison.Ordinal);
        Assert.DoesNotContain("100234", string.Join(';', reason), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_file_is_quarantined_as_a_file_level_error()
    {
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, []);

        AssertFileQuarantined(delivery, 0);
        var reason = await SingleReasonAsync(delivery, Rules.EmptyFile);
        Assert.Equal("0", reason[1]);
    }

    [Fact]
    public async Task Header_only_file_is_loaded_with_zero_rows_and_no_bronze_file()
    {
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, VerzuimHeader + "\n");

        Assert.Equal(DeliveryStatus.Loaded, delivery.Status);
        Assert.Equal((0L, 0L, 0L), (delivery.RowsDelivered, delivery.RowsLoaded, delivery.RowsQuarantined));
        Assert.Null(delivery.BronzePath);
        Assert.False(await _lake.ExistsAsync(DeliveryIds.ReasonsPath(delivery.DeliveryId)));
    }

    [Fact]
    public async Task Truncated_last_line_quarantines_that_line_and_loads_the_rest()
    {
        var text = VerzuimHeader + "\n" + GoodVerzuimRows[0] + "\n" + GoodVerzuimRows[1] + "\nLL-100236;20FR00;abso";
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, text);

        Assert.Equal((3L, 2L, 1L), (delivery.RowsDelivered, delivery.RowsLoaded, delivery.RowsQuarantined));
        var reason = await SingleReasonAsync(delivery, Rules.TruncatedRow);
        Assert.Equal("4", reason[1]);
        Assert.True(await _lake.ExistsAsync(DeliveryIds.QuarantineFolder(delivery.DeliveryId) + VerzuimName));
    }

    [Fact]
    public async Task Xlsx_renamed_to_csv_is_refused_as_not_csv()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = archive.CreateEntry("xl/workbook.xml").Open();
            await entry.WriteAsync("<workbook/>"u8.ToArray());
        }

        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, zip.ToArray());

        Assert.Equal(DeliveryStatus.Quarantined, delivery.Status);
        var reason = await SingleReasonAsync(delivery, Rules.NotCsv);
        Assert.Contains("xlsx", reason[5], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Binary_junk_is_refused_as_binary()
    {
        var junk = new byte[4096];
        new Random(5).NextBytes(junk);
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, junk);

        Assert.Equal(DeliveryStatus.Quarantined, delivery.Status);
        await SingleReasonAsync(delivery, Rules.Binary);
    }

    [Fact]
    public async Task Ten_megabyte_single_line_is_refused_with_a_line_length_error()
    {
        var text = VerzuimHeader + "\n" + new string('x', 10 * 1024 * 1024) + "\n";
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, text);

        AssertFileQuarantined(delivery, 1);
        var reason = await SingleReasonAsync(delivery, Rules.LineTooLong);
        Assert.Equal("2", reason[1]);
        Assert.True(reason[3].Length < 200);
    }

    [Fact]
    public async Task Unclosed_quote_running_past_the_record_limit_is_refused()
    {
        var text = VerzuimHeader + "\n\"LL-1" + string.Concat(Enumerable.Repeat("abc;def\n", 200_000)) + "\n";
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, text);

        Assert.Equal(DeliveryStatus.Quarantined, delivery.Status);
        var reason = await SingleReasonAsync(delivery, Rules.FieldTooLong);
        Assert.Equal("2", reason[1]);
    }

    [Fact]
    public async Task File_name_without_schooljaar_is_refused_with_the_naming_rule()
    {
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, "verzuim_20FR00.csv", Verzuim(GoodVerzuimRows));

        AssertFileQuarantined(delivery, 3);
        var reason = await SingleReasonAsync(delivery, Rules.FileName);
        Assert.Contains("<yyyy-yyyy>", reason[5], StringComparison.Ordinal);
        Assert.Equal("verzuim", delivery.Entity);
    }

    [Fact]
    public async Task Pupil_id_never_appears_in_reasons_even_when_the_id_itself_is_wrong()
    {
        var longId = "ID-" + new string('9', 80);
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, Verzuim(longId + ";20FR00;absoluut;2023-09-12;;0599;ja"));

        var reason = await SingleReasonAsync(delivery, Rules.Format);
        Assert.Equal(("leerling_id", IngestReason.HiddenId), (reason[2], reason[3]));
        var manifest = await _lake.ReadTextAsync(DeliveryIds.ManifestPath(delivery.DeliveryId));
        Assert.DoesNotContain("99999999", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("99999999", string.Join('\n', delivery.FirstReasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Row_with_wrong_field_count_is_quarantined_with_field_count()
    {
        var delivery = await _lake.IngestOneAsync(IngestSource.Schools, VerzuimName, Verzuim(GoodVerzuimRows[0], "LL-100235;20FR00;absoluut;2023-09-12;x;y;0599;ja"));

        var reason = await SingleReasonAsync(delivery, Rules.FieldCount);
        Assert.Equal("3", reason[1]);
    }

    private static void AssertFileQuarantined(DeliverySummary delivery, long dataLines)
    {
        Assert.Equal(DeliveryStatus.Quarantined, delivery.Status);
        Assert.Equal((dataLines, 0L, dataLines), (delivery.RowsDelivered, delivery.RowsLoaded, delivery.RowsQuarantined));
        Assert.Null(delivery.BronzePath);
    }

    private async Task<string[]> SingleReasonAsync(DeliverySummary delivery, string rule)
    {
        var reasons = await _lake.ReasonsAsync(delivery.DeliveryId);
        var reason = Assert.Single(reasons, r => r[4] == rule);
        Assert.Equal(delivery.FileName, reason[0]);
        Assert.False(string.IsNullOrWhiteSpace(reason[5]));
        Assert.True(await _lake.ExistsAsync(DeliveryIds.QuarantineFolder(delivery.DeliveryId) + delivery.FileName));
        return reason;
    }

    private async Task<List<string>> BronzeObjectsAsync()
    {
        var paths = new List<string>();
        await foreach (var item in _lake.Lake.ListAsync("bronze/"))
        {
            paths.Add(item.Path);
        }

        return paths;
    }
}
