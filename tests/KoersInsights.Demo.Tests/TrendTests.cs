using System.Globalization;

namespace KoersInsights.Demo.Tests;

/// <summary>The designed trends, recomputed from the generated rows the way indicators.md defines them.</summary>
[Collection(GeneratedRegionCollection.Name)]
public sealed class TrendTests(GeneratedRegionFixture region)
{
    [Fact]
    public void Tv_instroom_per_subregio_moves_as_designed()
    {
        var first = TvInstroomPerSubregio("2018-2019");
        var last = TvInstroomPerSubregio("2024-2025");
        double Ratio(string subregio) => last[subregio] / first[subregio];

        Assert.All(first.Values, rate => Assert.InRange(rate, 3.0, 6.0));
        Assert.True(Ratio("Rotterdam-Zuid") < 0.7, $"Rotterdam-Zuid should improve clearly: {first["Rotterdam-Zuid"]:0.00} → {last["Rotterdam-Zuid"]:0.00}");
        Assert.InRange(Ratio("BAR"), 0.85, 1.15);
        Assert.True(Ratio("Lansingerland-Zuidplas") > 1.15, $"Lansingerland-Zuidplas should get worse: {first["Lansingerland-Zuidplas"]:0.00} → {last["Lansingerland-Zuidplas"]:0.00}");
        Assert.True(Ratio("Rotterdam-Noord") < 0.95);
        Assert.True(Ratio("Capelle-Krimpen-Lekkerkerk") < 0.95);
    }

    [Fact]
    public void Some_schools_improve_on_tv_instroom_and_some_do_not()
    {
        var first = TvInstroomPerSchool("2018-2019");
        var last = TvInstroomPerSchool("2024-2025");
        var ratios = first.Keys.Where(k => first[k] > 0 && last.ContainsKey(k)).Select(k => last[k] / first[k]).ToList();

        Assert.Contains(ratios, r => r < 0.7);
        Assert.Contains(ratios, r => r > 1.1);
    }

    [Fact]
    public void Opp_evaluated_on_time_rises_from_about_55_to_about_80_percent()
    {
        double OnTime(string schooljaar)
        {
            var start = int.Parse(schooljaar[..4], CultureInfo.InvariantCulture);
            var peildatum = new DateOnly(start, 10, 1);
            var active = 0;
            var evaluated = 0;
            foreach (var row in Rows("opp_", schooljaar))
            {
                if (Date(row[2]) > peildatum || (row[3].Length > 0 && Date(row[3]) < peildatum))
                {
                    continue;
                }

                active++;
                evaluated += row[4].Length > 0 && Date(row[4]) > peildatum.AddMonths(-12) && Date(row[4]) <= peildatum ? 1 : 0;
            }

            return 100.0 * evaluated / active;
        }

        Assert.InRange(OnTime("2018-2019"), 45, 65);
        Assert.InRange(OnTime("2024-2025"), 72, 90);
    }

    [Fact]
    public void Thuiszitters_fall_slowly_from_a_few_per_thousand()
    {
        double PerThousand(string schooljaar)
        {
            var peildatum = new DateOnly(int.Parse(schooljaar[..4], CultureInfo.InvariantCulture), 10, 1);
            var pupils = Rows("verzuim_", schooljaar)
                .Where(r => r[2] is "thuiszitter" or "absoluut" && Date(r[3]) <= peildatum && (r[4].Length == 0 || Date(r[4]) >= peildatum))
                .Select(r => r[0]).Distinct().Count();
            return 1000.0 * pupils / Leerlingen(schooljaar).Values.Sum();
        }

        var first = PerThousand("2018-2019");
        var last = PerThousand("2024-2025");
        Assert.InRange(first, 2.0, 6.0);
        Assert.True(last < first, $"thuiszitters {first:0.0} → {last:0.0} per 1000");
    }

    private Dictionary<string, double> TvInstroomPerSubregio(string schooljaar)
    {
        var subregioOf = region.Summary.Region.Members.ToDictionary(l => l.Vestigingscode, l => l.Subregio!);
        var leerlingen = Leerlingen(schooljaar);
        var tv = Rows("trajectvoorziening_", schooljaar).Select(r => (School: r[1], Pupil: r[0])).Distinct().ToList();
        return subregioOf.Values.Distinct().ToDictionary(
            s => s,
            s => 100.0 * tv.Count(p => subregioOf[p.School] == s) / subregioOf.Where(kv => kv.Value == s).Sum(kv => leerlingen[kv.Key]));
    }

    private Dictionary<string, double> TvInstroomPerSchool(string schooljaar)
    {
        var leerlingen = Leerlingen(schooljaar);
        return Rows("trajectvoorziening_", schooljaar).Select(r => (School: r[1], Pupil: r[0])).Distinct()
            .GroupBy(p => p.School).Where(g => leerlingen[g.Key] >= 300).ToDictionary(g => g.Key, g => 100.0 * g.Count() / leerlingen[g.Key]);
    }

    /// <summary>AANTAL LEERLINGEN per vestigingscode from the DUO file of the schooljaar (publication year = end year).</summary>
    private Dictionary<string, int> Leerlingen(string schooljaar)
    {
        var file = Path.Combine(region.Folder, "landing", "duo", $"03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-{schooljaar[5..]}.csv");
        var rows = CsvFile.Read(file);
        var old = rows[0][1] == "BRIN NUMMER";
        var members = region.Summary.Region.Members.Select(l => l.Vestigingscode).ToHashSet();
        return rows.Skip(1).Select(r => (Code: old ? r[1] + r[2] : r[2], Count: int.Parse(r[8], CultureInfo.InvariantCulture)))
            .Where(r => members.Contains(r.Code)).ToDictionary(r => r.Code, r => r.Count);
    }

    private IEnumerable<string[]> Rows(string prefix, string schooljaar) =>
        region.GoodDeliveries(DemoSources.Schools)
            .Where(f => f.FileName.StartsWith(prefix, StringComparison.Ordinal) && f.FileName.EndsWith($"_{schooljaar}.csv", StringComparison.Ordinal))
            .SelectMany(f => CsvFile.Read(region.PathOf(f)).Skip(1));

    private static DateOnly Date(string value) =>
        DateOnly.ParseExact(value, value[2] == '-' ? "dd-MM-yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
