namespace KoersInsights.Warehouse.Tests.Load;

/// <summary>A seeded random region for property tests: n schools in Rotterdam and Capelle, two schooljaren, most sources.</summary>
internal static class RandomRegion
{
    public static void Add(InMemoryBronze lake, int seed, int schools)
    {
        var random = new Random(seed);
        var t = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var codes = Enumerable.Range(0, schools).Select(i => $"{10 + i:00}RR00").ToArray();
        lake.Add("duo", "vestigingen", "02.-alle-vestigingen-vo", "2023-2024", t,
            codes.Select((c, i) => (object?[])[c, c[..4], "School " + c, "4100" + (i % 3), i % 4 == 0 ? "2901AA" : $"30{random.Next(10, 90)}AB",
                i % 4 == 0 ? "CAPELLE AAN DEN IJSSEL" : "ROTTERDAM", i % 4 == 0 ? "0502" : "0599", "X", "Openbaar", "HAVO"]).ToArray());
        lake.Add("schools", "regio", "regio_swv_2023-2024", "2023-2024", t,
            ["Zuid", "0599", null, "3071", "3089"], ["Noord", "0599", null, null, null], ["Oost", "0502", null, null, null]);
        foreach (var (year, file) in new[] { (2022, "2023"), (2023, "2024") })
        {
            lake.Add("duo", "leerlingen", "03.-leerlingen-" + file, $"{year}-{year + 1}", t,
                codes.Select(c => random.Next(12) == 0
                    ? (object?[])[c, "41000", null, true, null, true]
                    : [c, "41000", random.Next(50, 900), false, random.Next(0, 6), false]).ToArray());
            var sj = $"{year}-{year + 1}";
            var start = new DateOnly(year, 8, 1);
            string Day(int max) => start.AddDays(random.Next(max)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            string Gemeente() => random.Next(3) switch { 0 => "0599", 1 => "0502", _ => "0489" };
            foreach (var c in codes)
            {
                int Pupil() => random.Next(1, 60);
                lake.Add("schools", "trajectvoorziening", $"tv_{c}_{sj}", sj, t, Enumerable.Range(0, random.Next(0, 12)).Select(_ =>
                {
                    var begin = start.AddDays(random.Next(300));
                    var ended = random.Next(3) > 0;
                    return (object?[])[FixtureRegion.P(Pupil()), c, begin.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "gedrag",
                        ended ? begin.AddDays(random.Next(1, 200)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
                        ended ? (random.Next(2) == 0 ? "terug_in_klas" : "overig") : null, "HAVO", 2, false, Gemeente()];
                }).ToArray());
                lake.Add("schools", "opp", $"opp_{c}_{sj}", sj, t, Enumerable.Range(0, random.Next(0, 8)).Select(_ =>
                    (object?[])[FixtureRegion.P(Pupil()), c, Day(120), null, random.Next(2) == 0 ? null : Day(60), "HAVO", 1, Gemeente()]).ToArray());
                lake.Add("schools", "verzuim", $"verzuim_{c}_{sj}", sj, t, Enumerable.Range(0, random.Next(0, 6)).Select(_ =>
                    (object?[])[FixtureRegion.P(Pupil()), c, random.Next(3) switch { 0 => "thuiszitter", 1 => "absoluut", _ => "relatief_langdurig" },
                        Day(300), null, Gemeente(), true]).ToArray());
                lake.Add("schools", "observatie", $"observatie_{c}_{sj}", sj, t, Enumerable.Range(0, random.Next(0, 5)).Select(_ =>
                    (object?[])[Day(300), c, "klas", "tv", null]).ToArray());
                lake.Add("schools", "ondersteuning", $"ondersteuning_{c}_{sj}", sj, t, Enumerable.Range(0, random.Next(0, 6)).Select(_ =>
                    (object?[])[FixtureRegion.P(Pupil()), c, random.Next(3) switch { 0 => "basis", 1 => "extra", _ => "arrangement" }, Day(200), null, null]).ToArray());
                lake.Add("schools", "doorstroom", $"doorstroom_{c}_{sj}", sj, t, Enumerable.Range(1, random.Next(0, 20)).Select(p =>
                    (object?[])[FixtureRegion.P(p), c, sj, "HAVO", 3, random.Next(4) switch { 0 => "afstroom", 1 => "uitstroom_vavo", 2 => "diploma", _ => "bevorderd" },
                        random.Next(2) == 0, random.Next(2) == 0, random.Next(2) == 0]).ToArray());
                lake.Add("schools", "consultatie", $"consultatie_{c}_{sj}", sj, t,
                    [c, sj, "coaching", 1, (decimal)random.Next(1, 40) / 4], [c, sj, "observatie", 2, (decimal)random.Next(1, 40) / 4]);
            }

            lake.Add("schools", "tlv", $"tlv_swv_{sj}", sj, t, codes.SelectMany((c, i) => Enumerable.Range(0, random.Next(0, 4)).Select(k =>
            {
                var aanvraag = start.AddDays(random.Next(250));
                return (object?[])[$"{sj}-{i}-{k}", FixtureRegion.P(random.Next(1, 60)), c, aanvraag.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    aanvraag.AddDays(random.Next(5, 90)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    random.Next(2) == 0 ? "afgegeven" : "afgewezen", random.Next(3) switch { 0 => "laag", 1 => "midden", _ => "hoog" }, null, Gemeente()];
            })).ToArray());
        }
    }
}
