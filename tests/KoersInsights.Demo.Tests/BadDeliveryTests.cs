using System.Globalization;

namespace KoersInsights.Demo.Tests;

[Collection(GeneratedRegionCollection.Name)]
public sealed class BadDeliveryTests(GeneratedRegionFixture region)
{
    [Fact]
    public void Summary_lists_the_six_bad_deliveries_with_a_reason()
    {
        var bad = region.Summary.BadDeliveries;

        Assert.Equal(6, bad.Count);
        Assert.All(bad, b => Assert.True(File.Exists(Path.Combine(region.Folder, b.RelativePath)), b.RelativePath));
        Assert.All(bad, b => Assert.False(string.IsNullOrWhiteSpace(b.Problem)));
        Assert.All(bad, b => Assert.Equal(b.WholeFileQuarantined, b.BadLines.Count == 0));
    }

    [Fact]
    public void Extra_bsn_column_is_present_in_one_verzuim_file()
    {
        var rows = Read("verzuim_");
        Assert.Equal([.. TemplateColumns.ByType["verzuim"], "bsn"], rows[0]);
    }

    [Fact]
    public void Missing_woongemeente_in_one_opp_file()
    {
        var header = Read("opp_")[0];
        Assert.DoesNotContain("woongemeente", header);
        Assert.Equal(TemplateColumns.ByType["opp"].Length - 1, header.Length);
    }

    [Fact]
    public void Bad_dates_and_unknown_reden_sit_on_the_listed_lines_only()
    {
        var bad = Bad("trajectvoorziening_");
        var rows = Read("trajectvoorziening_");
        var wrongLines = rows.Select((r, i) => (Row: r, Line: i + 1)).Skip(1)
            .Where(x => !IsDate(x.Row[2]) || x.Row[3] == "pesten").Select(x => x.Line);

        Assert.Equal(bad.BadLines, wrongLines);
        Assert.True(rows.Count > 10);
    }

    [Fact]
    public void Duplicate_key_repeats_a_pupil_in_one_doorstroom_file()
    {
        var bad = Bad("doorstroom_");
        var rows = Read("doorstroom_");
        var first = rows[bad.BadLines[0] - 1];
        var second = rows[bad.BadLines[1] - 1];

        Assert.Equal((first[0], first[1], first[2]), (second[0], second[1], second[2]));
        Assert.Single(rows.Skip(1).GroupBy(r => (r[0], r[1], r[2])), g => g.Count() > 1);
    }

    [Fact]
    public void Empty_file_and_file_without_schooljaar_are_present()
    {
        Assert.Empty(File.ReadAllBytes(Path.Combine(region.Folder, Bad("observatie_").RelativePath)));
        var noYear = region.Summary.BadDeliveries.Single(b => !System.Text.RegularExpressions.Regex.IsMatch(b.RelativePath, @"_\d{4}-\d{4}\.csv$"));
        Assert.Matches(@"^landing/schools/ondersteuning_[0-9]{2}[A-Z]{2}[0-9]{2}\.csv$", noYear.RelativePath);
    }

    private DemoBadDelivery Bad(string prefix) =>
        region.Summary.BadDeliveries.Single(b => b.RelativePath.StartsWith($"landing/schools/{prefix}", StringComparison.Ordinal));

    private List<string[]> Read(string prefix) => CsvFile.Read(Path.Combine(region.Folder, Bad(prefix).RelativePath));

    private static bool IsDate(string value) =>
        DateOnly.TryParseExact(value, ["yyyy-MM-dd", "dd-MM-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
