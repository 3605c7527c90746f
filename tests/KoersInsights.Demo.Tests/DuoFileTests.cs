using System.Text;
using KoersInsights.TestSupport;

namespace KoersInsights.Demo.Tests;

[Collection(GeneratedRegionCollection.Name)]
public sealed class DuoFileTests(GeneratedRegionFixture region)
{
    private const string Vestigingen = "02.-alle-vestigingen-vo.csv";
    private const string LeerlingenLatest = "03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-2025.csv";
    private const string LeerlingenOldest = "03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-2019.csv";
    private const string ExamensLatest = "geslaagden-gezakten-en-cijfers-2024-2025.csv";

    [Fact]
    public void Vestigingen_file_is_windows_1252_unquoted_with_32_columns()
    {
        var bytes = Bytes(Vestigingen);
        Assert.Throws<DecoderFallbackException>(() => CsvFile.StrictUtf8.GetString(bytes));
        var rows = CsvFile.Read(PathOf(Vestigingen), out var encoding);

        Assert.Equal("windows-1252", encoding);
        Assert.Equal(region.Summary.Region.Locations.Count, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(32, r.Length));
        Assert.Contains(rows, r => r[12] == " ");
        Assert.Contains(rows, r => r[4].Contains('"', StringComparison.Ordinal));
        Assert.Contains(rows, r => r[8] == "ROZENBURG ZH" && r[9] == "0599");
        Assert.Contains(rows, r => r[8] == "SCHOONHOVEN" && r[9] == "1931");
    }

    [Fact]
    public void Pupil_files_quote_all_but_aantal_leerlingen_and_mask_small_vavo_counts()
    {
        var lines = File.ReadAllLines(PathOf(LeerlingenLatest), Encoding.UTF8);
        Assert.All(lines.Skip(1), l => Assert.Matches("^\"\\d{5}\";\"[0-9]{2}[A-Z]{2}\";\"[0-9]{2}[A-Z]{2}[0-9]{2}\";\".*\";\\d+;\"(\\d+|<5)\"$", l));
        Assert.Contains(lines, l => l.EndsWith(";\"<5\"", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.EndsWith(";\"1\"", StringComparison.Ordinal) || l.EndsWith(";\"4\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Oldest_pupil_file_uses_brin_nummer_and_a_two_digit_vestigingsnummer()
    {
        var rows = CsvFile.Read(PathOf(LeerlingenOldest));

        Assert.Equal("BRIN NUMMER", rows[0][1]);
        Assert.Equal("VESTIGINGSNUMMER", rows[0][2]);
        Assert.All(rows.Skip(1), r => Assert.Matches("^[0-9]{2}$", r[2]));
        Assert.Equal("INSTELLINGSCODE", CsvFile.Read(PathOf(LeerlingenLatest))[0][1]);
    }

    [Fact]
    public void Pupil_counts_cover_every_location_every_year()
    {
        var pupilFiles = region.Summary.Files.Where(f => f.FileName.StartsWith("03.-", StringComparison.Ordinal)).ToList();
        Assert.Equal(DemoRegionOptions.Default.Schooljaren.Count, pupilFiles.Count);
        Assert.All(pupilFiles, f => Assert.Equal(region.Summary.Region.Locations.Count, f.Rows));
    }

    [Fact]
    public void Exam_file_is_all_quoted_with_decimal_comma_and_masked_counts()
    {
        var lines = File.ReadAllLines(PathOf(ExamensLatest), Encoding.UTF8);
        Assert.All(lines, l => Assert.Matches("^\"([^\"]|\"\")*\"(;\"([^\"]|\"\")*\")*$", l));
        var rows = CsvFile.Read(PathOf(ExamensLatest));
        Assert.All(rows.Skip(1), r => Assert.Matches(@"^\d,\d$", r[12]));
        Assert.Contains(rows, r => r[9] == "<5" || r[11] == "<5");
        Assert.Contains(rows, r => r[5] == "HAVO" && r[6] == " ");
    }

    [SharedDataFact]
    public void Duo_headers_equal_the_real_files_first_lines()
    {
        var real = Path.Combine(TestEnvironment.SharedDirectory!, "data", "duo");
        foreach (var (generated, original) in new[]
        {
            (Vestigingen, Vestigingen), (LeerlingenLatest, LeerlingenLatest), (ExamensLatest, ExamensLatest),
        })
        {
            var realPath = Path.Combine(real, original);
            if (!File.Exists(realPath))
            {
                continue;
            }

            Assert.Equal(FirstLine(File.ReadAllBytes(realPath)), FirstLine(Bytes(generated)));
        }
    }

    private static string FirstLine(byte[] bytes) => Encoding.Latin1.GetString(bytes).Split('\n')[0];

    private string PathOf(string name) => Path.Combine(region.Folder, "landing", "duo", name);

    private byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));
}
