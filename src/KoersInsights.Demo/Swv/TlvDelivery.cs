using KoersInsights.Demo.Model;
using KoersInsights.Demo.Pupils;
using KoersInsights.Demo.Randomness;
using KoersInsights.Demo.Schools;

namespace KoersInsights.Demo.Swv;

/// <summary>
/// TLV requests of a schooljaar (SWV-wide file): about 0.5 per 100 pupils, decisions after 20–90 days, requests
/// still undecided on 31 July are <c>lopend</c>.
/// </summary>
internal static class TlvDelivery
{
    public static IEnumerable<(DateOnly Aanvraag, string[] Row)> Requests(LocationModel model, IReadOnlyList<Pupil> roster, int year, int seed)
    {
        var random = DemoRandom.For(seed, (long)Purpose.Tlv, model.Index, year);
        var style = DeliveryStyle.Standard;
        var count = random.Poisson(0.5 * LocationProfile.SlowImprovement(year) * roster.Count / 100.0);
        foreach (var pupil in PupilSampling.Distinct(random, roster, count, supportBias: 8.0))
        {
            var aanvraag = Schooljaar.SchoolDay(year, random.NextDouble());
            var besluitDatum = aanvraag.AddDays(random.LogNormal(45, 0.35, 20, 90));
            string[] decision;
            if (besluitDatum > Schooljaar.LastDay(year))
            {
                decision = [string.Empty, "lopend", string.Empty, string.Empty];
            }
            else
            {
                var besluit = random.PickWeighted<string>([("afgegeven", 0.8), ("afgewezen", 0.12), ("ingetrokken", 0.08)]);
                var afgegeven = besluit == "afgegeven";
                decision =
                [
                    style.Date(besluitDatum), besluit,
                    afgegeven ? random.PickWeighted<string>([("laag", 0.7), ("midden", 0.2), ("hoog", 0.1)]) : string.Empty,
                    afgegeven ? style.Date(new DateOnly(year + 1 + random.Next(1, 4), 7, 31)) : string.Empty,
                ];
            }

            yield return (aanvraag, [string.Empty, pupil.LeerlingId, model.Location.Vestigingscode, style.Date(aanvraag), .. decision, pupil.Woongemeente]);
        }
    }

    /// <summary>Orders the year's requests by date and numbers them <c>TLV-2023-0001</c> in that order.</summary>
    public static Delivery Build(int year, List<(DateOnly Aanvraag, string[] Row)> requests)
    {
        var ordered = requests.OrderBy(r => r.Aanvraag).ThenBy(r => r.Row[2], StringComparer.Ordinal).ThenBy(r => r.Row[1], StringComparer.Ordinal).ToList();
        var rows = new List<string[]>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var row = ordered[i].Row;
            row[0] = $"TLV-{year}-{i + 1:0000}";
            rows.Add(row);
        }

        return new Delivery("tlv", "SWV", year, Templates.Tlv, rows);
    }
}
