namespace KoersInsights.Demo.Tests;

[Collection(GeneratedRegionCollection.Name)]
public sealed class PupilNumberTests(GeneratedRegionFixture region)
{
    [Fact]
    public void No_leerling_id_or_respondent_id_passes_the_11_proef()
    {
        var ids = AllIds().ToList();

        Assert.True(ids.Count > 100_000, $"only {ids.Count} ids checked");
        Assert.All(ids, id =>
        {
            Assert.Matches(@"^[1-9]\d{6,8}$", id);
            Assert.False(PassesElfProef(id), $"{id} looks like a BSN");
        });
    }

    [Fact]
    public void A_pupil_keeps_the_same_number_across_files_and_years()
    {
        var files = region.GoodDeliveries(DemoSources.Schools).Where(f => f.FileName.StartsWith("opp_", StringComparison.Ordinal)).ToList();
        var perYear = files.GroupBy(f => f.FileName[^13..^4])
            .ToDictionary(g => g.Key, g => g.SelectMany(f => CsvFile.Read(region.PathOf(f)).Skip(1).Select(r => r[0])).ToHashSet());
        var years = perYear.Keys.Order().ToList();

        // OPP pupils mostly stay at the school the next year.
        for (var i = 1; i < years.Count; i++)
        {
            var shared = perYear[years[i]].Intersect(perYear[years[i - 1]]).Count();
            Assert.True(shared > perYear[years[i]].Count / 2, $"{years[i]}: only {shared} OPP pupils seen the year before");
        }

        var tvPupils = ReadColumn("trajectvoorziening_", 0).ToHashSet();
        Assert.Contains(ReadColumn("doorstroom_", 0), tvPupils.Contains);
    }

    [Fact]
    public void The_independent_check_recognises_a_valid_bsn()
    {
        // 111222333 is the test BSN used in Dutch government documentation; it passes the 11-proef.
        Assert.True(PassesElfProef("111222333"));
        Assert.False(PassesElfProef("111222334"));
    }

    private IEnumerable<string> AllIds() =>
        ReadColumn("trajectvoorziening_", 0).Concat(ReadColumn("opp_", 0)).Concat(ReadColumn("ondersteuning_", 0))
            .Concat(ReadColumn("verzuim_", 0)).Concat(ReadColumn("doorstroom_", 0)).Concat(ReadColumn("tlv_", 1))
            .Concat(ReadColumn("enquete_", 0)).Concat(ReadColumn("observatie_", 4).Where(id => id.Length > 0));

    private IEnumerable<string> ReadColumn(string prefix, int column) =>
        region.GoodDeliveries(DemoSources.Schools).Concat(region.GoodDeliveries(DemoSources.Surveys))
            .Where(f => f.FileName.StartsWith(prefix, StringComparison.Ordinal))
            .SelectMany(f => CsvFile.Read(region.PathOf(f)).Skip(1).Select(r => r[column]));

    private static bool PassesElfProef(string id)
    {
        var digits = id.PadLeft(9, '0');
        if (digits.Length != 9)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (digits[i] - '0');
        }

        return (sum - (digits[8] - '0')) % 11 == 0;
    }
}
