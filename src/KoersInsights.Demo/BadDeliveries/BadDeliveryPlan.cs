using KoersInsights.Demo.Model;
using KoersInsights.Demo.Output;
using KoersInsights.Demo.Pupils;
using KoersInsights.Demo.Randomness;
using KoersInsights.Demo.Schools;

namespace KoersInsights.Demo.BadDeliveries;

/// <summary>
/// The deliberately bad deliveries of the demo, one per failure the data officer should see handled (issue 5):
/// all in the last schooljaar, at the largest member locations so every file has rows enough to break.
/// </summary>
internal sealed class BadDeliveryPlan
{
    private readonly Dictionary<(string Type, string Sender), Action<DemoOutput, Delivery, DeliveryStyle>> _tampers = [];
    private readonly List<DemoBadDelivery> _recorded = [];
    private readonly int _year;
    private readonly int _seed;

    private BadDeliveryPlan(IReadOnlyList<LocationModel> members, int year, int seed)
    {
        _year = year;
        _seed = seed;
        var bySize = members.OrderByDescending(m => m.TargetSize(year)).ThenBy(m => m.Index).Select(m => m.Location.Vestigingscode).ToList();
        string Rank(int rank) => bySize[rank % bySize.Count];
        _tampers[("trajectvoorziening", Rank(0))] = BadDatesAndUnknownReden;
        _tampers[("doorstroom", Rank(1))] = DuplicateKey;
        _tampers[("verzuim", Rank(2))] = ExtraBsnColumn;
        _tampers[("opp", Rank(3))] = MissingWoongemeente;
        _tampers[("observatie", Rank(4))] = Empty;
        _tampers[("ondersteuning", Rank(5))] = AlsoWithoutSchooljaar;
    }

    public IReadOnlyList<DemoBadDelivery> Recorded => _recorded;

    public static BadDeliveryPlan For(IReadOnlyList<LocationModel> members, int lastYear, int seed) => new(members, lastYear, seed);

    /// <summary>Writes the delivery, broken when the plan says so.</summary>
    public void Write(DemoOutput output, Delivery delivery, DeliveryStyle style)
    {
        if (delivery.Year == _year && _tampers.TryGetValue((delivery.Type, delivery.Sender), out var tamper))
        {
            tamper(output, delivery, style);
            return;
        }

        DeliveryWriter.Write(output, DemoSources.Schools, delivery, style);
    }

    private void BadDatesAndUnknownReden(DemoOutput output, Delivery delivery, DeliveryStyle style)
    {
        var rows = delivery.Rows;
        var badDate = style.DayFirstDates ? $"30-02-{_year + 1}" : $"{_year + 1}-02-30";
        int[] dateRows = [0, Math.Min(3, rows.Count - 1)];
        var redenRow = Math.Min(6, rows.Count - 1);
        foreach (var i in dateRows)
        {
            rows[i][2] = badDate;
        }

        rows[redenRow][3] = "pesten";
        var path = DeliveryWriter.Write(output, DemoSources.Schools, delivery, style);
        var lines = dateRows.Append(redenRow).Distinct().Order().Select(i => i + 2).ToList();
        _recorded.Add(new DemoBadDelivery(
            path,
            $"datum_aanmelding {badDate} is not a date on lines {dateRows[0] + 2} and {dateRows[1] + 2}; reden 'pesten' is not in the code list on line {redenRow + 2}; the other rows load",
            false,
            lines));
    }

    private void DuplicateKey(DemoOutput output, Delivery delivery, DeliveryStyle style)
    {
        var copy = (string[])delivery.Rows[0].Clone();
        copy[5] = copy[5] == "doublure" ? "bevorderd" : "doublure";
        delivery.Rows.Add(copy);
        var path = DeliveryWriter.Write(output, DemoSources.Schools, delivery, style);
        var last = delivery.Rows.Count + 1;
        _recorded.Add(new DemoBadDelivery(path, $"line {last} repeats the pupil of line 2 (same leerling_id, vestigingscode and schooljaar) with another uitkomst", false, [2, last]));
    }

    private void ExtraBsnColumn(DemoOutput output, Delivery delivery, DeliveryStyle style)
    {
        // The values are fictitious and fail the 11-proef, like every number in the demo.
        var random = DemoRandom.For(_seed, (long)Purpose.Bad, 1);
        var rows = delivery.Rows.Select(r =>
        {
            var prefix = random.Next(10_000_000, 100_000_000);
            return (string[])[.. r, ((prefix * 10L) + ElfProef.NonBsnCheckDigit(prefix, random.Next(0, 10))).ToString(System.Globalization.CultureInfo.InvariantCulture)];
        }).ToList();
        var bad = delivery with { Header = [.. delivery.Header, "bsn"], Rows = rows };
        var path = DeliveryWriter.Write(output, DemoSources.Schools, bad, style);
        _recorded.Add(new DemoBadDelivery(path, "extra column 'bsn' is not in the verzuim template (data minimisation): the whole file is refused", true, []));
    }

    private void MissingWoongemeente(DemoOutput output, Delivery delivery, DeliveryStyle style)
    {
        var bad = delivery with { Header = [.. delivery.Header.Take(delivery.Header.Count - 1)], Rows = [.. delivery.Rows.Select(r => r[..^1])] };
        var path = DeliveryWriter.Write(output, DemoSources.Schools, bad, style);
        _recorded.Add(new DemoBadDelivery(path, "required column 'woongemeente' is missing from the opp delivery: the whole file is refused", true, []));
    }

    private void Empty(DemoOutput output, Delivery delivery, DeliveryStyle style)
    {
        var path = output.WriteBytes(DemoSources.Schools, delivery.FileName, [], 0);
        _recorded.Add(new DemoBadDelivery(path, "the file is empty (0 bytes, no header row)", true, []));
    }

    private void AlsoWithoutSchooljaar(DemoOutput output, Delivery delivery, DeliveryStyle style)
    {
        DeliveryWriter.Write(output, DemoSources.Schools, delivery, style);
        var name = $"{delivery.Type}_{delivery.Sender}.csv";
        var path = DeliveryWriter.Write(output, DemoSources.Schools, delivery, style, name);
        _recorded.Add(new DemoBadDelivery(path, "the file name has no schooljaar (expected <type>_<vestigingscode>_<yyyy-yyyy>.csv); the correctly named copy loads", true, []));
    }
}
