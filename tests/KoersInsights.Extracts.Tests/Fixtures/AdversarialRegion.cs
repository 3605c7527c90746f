using KoersInsights.Extracts.Scope;

namespace KoersInsights.Extracts.Tests.Fixtures;

/// <summary>
/// A small region built to break naive suppression. Gemeente 0502 has a big school, a small school with counts of
/// 1–4 (10BB00) and a school whose OBSERVATIES make the gemeente total differ from the big school by 3; AFSTROOM has a
/// met_opp side of 2; subregio CKL also holds 20DD00 of gemeente 0542, whose TV_INSTROOM of 2 is exactly
/// subregio − gemeente. 10BB00's DUO VAVO count is masked (<5). Aggregates are sums of the vestigingen, as the
/// warehouse computes them (30-dw.recompute_indicators.sql).
/// </summary>
public static class AdversarialRegion
{
    public const string GemeenteA = "0502";
    public const string GemeenteB = "0542";
    public const string OldYear = "2020-2021";

    public static readonly string[] Schooljaren = [OldYear, "2021-2022", "2022-2023", "2023-2024"];

    // vestiging, gemeente, subregio, leerlingen
    public static readonly (string Code, string Naam, string Gemeente, string Subregio, int Leerlingen)[] Vestigingen =
    [
        ("10AA00", "Groot College", GemeenteA, "CKL", 800),
        ("10BB00", "Klein Lyceum", GemeenteA, "CKL", 60),
        ("10CC00", "Midden School", GemeenteA, "CKL", 400),
        ("20DD00", "Buurschool", GemeenteB, "CKL", 300),
        ("30EE00", "Verre School", "0489", "BAR", 500),
    ];

    public static IReadOnlyList<IndicatorRow> Rows()
    {
        var rows = new List<IndicatorRow>();
        for (var y = 0; y < Schooljaren.Length; y++)
        {
            var year = Schooljaren[y];
            var vestiging = new List<IndicatorRow>();
            foreach (var (code, _, _, _, leerlingen) in Vestigingen)
            {
                vestiging.Add(Rate("TV_INSTROOM", code, year, "", TvInstroom(code, y), leerlingen, 100));
                vestiging.Add(Rate("OBSERVATIES", code, year, "", Observaties(code, y), leerlingen, 100));
                vestiging.Add(Rate("OPP_AANDEEL", code, year, "", OppAandeel(code, y), leerlingen, 100));
                var (met, zonder, metN, zonderN) = Afstroom(code, y);
                vestiging.Add(Rate("AFSTROOM", code, year, "", met + zonder, metN + zonderN, 100));
                vestiging.Add(Rate("AFSTROOM", code, year, "met_opp", met, metN, 100));
                vestiging.Add(Rate("AFSTROOM", code, year, "zonder_opp", zonder, zonderN, 100));
                vestiging.Add(new IndicatorRow("TV_DUUR", "vestiging", code, year, "", 40 + y, MedianCases(code), 40 + y, false));
                vestiging.Add(code == "10BB00"
                    ? new IndicatorRow("VAVO", "vestiging", code, year, "duo_uitbesteed", null, leerlingen, null, true)
                    : Rate("VAVO", code, year, "duo_uitbesteed", 6 + y, leerlingen, 100));
            }

            rows.AddRange(vestiging);
            rows.AddRange(Aggregate(vestiging, "gemeente", v => Vestigingen.First(x => x.Code == v).Gemeente));
            rows.AddRange(Aggregate(vestiging, "subregio", v => Vestigingen.First(x => x.Code == v).Subregio));
            rows.AddRange(Woongemeente(year, y));
        }

        return rows;
    }

    private static decimal TvInstroom(string code, int y) => code switch
    {
        "10AA00" => 30 - y,
        "10BB00" => 3,
        "10CC00" => 12,
        "20DD00" => 2,
        _ => 25,
    };

    // 10CC00 has 0 and 10BB00 3: gemeente − 10AA00 = 3.
    private static decimal Observaties(string code, int y) => code switch
    {
        "10AA00" => 50 + y,
        "10BB00" => 3,
        "10CC00" => 0,
        "20DD00" => 14,
        _ => 20,
    };

    private static decimal OppAandeel(string code, int y) => code switch
    {
        "10AA00" => 40 + y,
        "10BB00" => 7,
        "10CC00" => 22,
        "20DD00" => 15,
        _ => 30,
    };

    private static (decimal Met, decimal Zonder, decimal MetN, decimal ZonderN) Afstroom(string code, int y) => code switch
    {
        "10AA00" => (2, 10 + y, 20, 180),
        "10BB00" => (0, 1, 3, 20),
        "10CC00" => (4, 9, 15, 120),
        _ => (5, 11, 25, 150),
    };

    private static decimal MedianCases(string code) => code == "10BB00" ? 3 : 12;

    private static IndicatorRow Rate(string indicator, string code, string year, string split, decimal teller, decimal noemer, decimal factor) =>
        new(indicator, "vestiging", code, year, split, teller, noemer, noemer > 0 ? Math.Round(teller * factor / noemer, 6) : null, false);

    private static IEnumerable<IndicatorRow> Aggregate(List<IndicatorRow> vestiging, string niveau, Func<string, string> unit) =>
        vestiging.GroupBy(r => (r.IndicatorCode, r.Uitsplitsing, Unit: unit(r.NiveauCode), r.Schooljaar)).Select(g =>
        {
            var masked = g.Any(r => r.Gemaskeerd);
            var median = g.Key.IndicatorCode == "TV_DUUR";
            var teller = median ? g.Max(r => r.Teller) : masked ? null : g.Sum(r => r.Teller);
            var noemer = g.Sum(r => r.Noemer);
            var waarde = masked ? null : median ? teller : noemer > 0 ? Math.Round(teller!.Value * 100 / noemer!.Value, 6) : null;
            return new IndicatorRow(g.Key.IndicatorCode, niveau, g.Key.Unit, g.Key.Schooljaar, g.Key.Uitsplitsing, teller, masked ? null : noemer, waarde, masked);
        });

    // Residents: no leerlingen per woongemeente (noemer null, not masked); 0502 has a thuiszitter-like count of 2.
    private static IEnumerable<IndicatorRow> Woongemeente(string year, int y)
    {
        yield return new IndicatorRow("TV_INSTROOM", "woongemeente", GemeenteA, year, "", 2 + y, null, null, false);
        yield return new IndicatorRow("OPP_AANDEEL", "woongemeente", GemeenteA, year, "", 60 + y, null, null, false);
        yield return new IndicatorRow("TV_INSTROOM", "woongemeente", GemeenteB, year, "", 9, null, null, false);
    }
}
