using KoersInsights.Demo.BadDeliveries;
using KoersInsights.Demo.Duo;
using KoersInsights.Demo.Model;
using KoersInsights.Demo.Output;
using KoersInsights.Demo.Pupils;
using KoersInsights.Demo.Randomness;
using KoersInsights.Demo.Region;
using KoersInsights.Demo.Schools;
using KoersInsights.Demo.Surveys;
using KoersInsights.Demo.Swv;

namespace KoersInsights.Demo;

/// <summary>
/// Writes a synthetic Koers VO region into a lake's landing area: DUO files in the real formats, every school and
/// SWV template delivery per schooljaar, surveys, and a handful of deliberately bad deliveries. Deterministic for
/// a seed; existing files with the same names are overwritten, so re-running is safe.
/// </summary>
public static class DemoRegionGenerator
{
    public static DemoRegionSummary Generate(DemoRegionOptions options, string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        options.Validate();

        var seed = options.Seed;
        var first = options.FirstSchooljaarStart;
        var last = options.LastSchooljaarStart;
        var (region, models) = DemoRegionBuilder.Build(options);
        var members = models.Where(m => m.Location.InSwv).ToList();
        var output = new DemoOutput(outputFolder);
        var numbers = new PupilNumbers();
        var bad = BadDeliveryPlan.For(members, last, seed);
        var years = Enumerable.Range(first, options.YearCount).ToList();

        var counts = years.ToDictionary(y => y, _ => new List<(LocationModel Model, int Leerlingen, int Vavo)>());
        var examens = years.Where(y => y >= last - 1).ToDictionary(y => y, _ => new List<string[]>());
        var tlv = years.ToDictionary(y => y, _ => new List<(DateOnly, string[])>());
        var consultatie = years.ToDictionary(y => y, _ => new List<string[]>());
        var nulmeting = new List<(LocationModel, int, int)>();

        foreach (var model in models)
        {
            foreach (var year in years)
            {
                var roster = Roster.For(model, year, seed, numbers);
                counts[year].Add((model, roster.Count, VavoCount(model, roster, year, seed)));
                if (examens.TryGetValue(year, out var examenRows))
                {
                    examenRows.AddRange(ExamensFile.Rows(model, roster, year, seed));
                }

                if (!model.Location.InSwv)
                {
                    continue;
                }

                var tv = TrajectvoorzieningDelivery.Build(model, roster, year, seed);
                var tvLeerlingen = tv.Rows.Select(r => r[0]).Distinct().Count();
                bad.Write(output, tv, model.Style);
                bad.Write(output, ObservatieDelivery.Build(model, roster, year, seed), model.Style);
                bad.Write(output, OppDelivery.Build(model, roster, year, seed), model.Style);
                bad.Write(output, OndersteuningDelivery.Build(model, roster, year, seed), model.Style);
                bad.Write(output, VerzuimDelivery.Build(model, roster, year, seed), model.Style);

                // Doorstroom is one line per pupil, the bulk of the rows: delivered for the nulmeting and the last year only.
                if (year == first || year == last)
                {
                    bad.Write(output, DoorstroomDelivery.Build(model, roster, year, seed), model.Style);
                }

                tlv[year].AddRange(TlvDelivery.Requests(model, roster, year, seed));
                consultatie[year].AddRange(ConsultatieDelivery.Rows(model, roster.Count, year, seed));
                if (year == first)
                {
                    nulmeting.Add((model, roster.Count, tvLeerlingen));
                }

                if (SurveyFiles.Surveyed(model, year, first, last, seed))
                {
                    DeliveryWriter.Write(output, DemoSources.Surveys, SurveyFiles.Enquete(model, roster.Count, tvLeerlingen, year, seed, numbers), model.Style);
                }
            }
        }

        VestigingenFile.Write(output, models);
        foreach (var year in years)
        {
            LeerlingenFile.Write(output, year, oldHeader: year == first, counts[year]);
        }

        foreach (var (year, rows) in examens)
        {
            ExamensFile.Write(output, year, rows);
        }

        foreach (var year in years)
        {
            DeliveryWriter.Write(output, DemoSources.Schools, TlvDelivery.Build(year, tlv[year]), DeliveryStyle.Standard);
            DeliveryWriter.Write(output, DemoSources.Schools, ConsultatieDelivery.Build(year, consultatie[year]), DeliveryStyle.Standard);
            var memberCounts = counts[year].Where(c => c.Model.Location.InSwv).Select(c => (c.Model, c.Leerlingen)).ToList();
            DeliveryWriter.Write(output, DemoSources.Schools, MiddelenDelivery.Build(region, memberCounts, year, closed: year < last, seed), DeliveryStyle.Standard);
        }

        // The SWV office's spreadsheet exports Windows-1252; the targets' notes hold non-ASCII letters (geëvalueerd).
        DeliveryWriter.Write(output, DemoSources.Schools, DoelenDelivery.Build(first, last, nulmeting), new DeliveryStyle(DemoEncodings.Windows1252, false));
        DeliveryWriter.Write(output, DemoSources.Schools, RegioDelivery.Build(last), DeliveryStyle.Standard);
        DeliveryWriter.Write(output, DemoSources.Surveys, SurveyFiles.Vragen(), new DeliveryStyle(DemoEncodings.Utf8WithBom, false), "vragen.csv");

        return new DemoRegionSummary(options, Path.GetFullPath(outputFolder), region, output.Files, bad.Recorded);
    }

    /// <summary>Pupils of the upper HAVO/VWO years placed at VAVO: about 1%, so mid-sized locations often show DUO's <c>&lt;5</c>.</summary>
    private static int VavoCount(LocationModel model, IReadOnlyList<Pupil> roster, int year, int seed)
    {
        var upper = roster.Count(p => p.Track.Leerjaren >= 5 && p.Leerjaar >= 4);
        return DemoRandom.For(seed, (long)Purpose.Size, model.Index, year, 99).Poisson(upper * 0.01);
    }
}
