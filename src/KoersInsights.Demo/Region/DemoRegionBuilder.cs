using System.Globalization;
using KoersInsights.Demo.Model;
using KoersInsights.Demo.Randomness;

namespace KoersInsights.Demo.Region;

/// <summary>Places fictitious besturen and locations over the Koers VO geography for a seed.</summary>
internal static class DemoRegionBuilder
{
    private static readonly IReadOnlyList<(string Item, double Weight)> Structures =
    [
        ("VBO/MAVO", 0.25), ("VBO/MAVO/HAVO/VWO", 0.18), ("HAVO/VWO", 0.16), ("MAVO/HAVO/VWO", 0.1), ("PRO", 0.1),
        ("VWO", 0.06), ("MAVO", 0.05), ("VBO/MAVO/HAVO", 0.05), ("VBO", 0.03), ("VBO/MAVO/PRO", 0.02),
    ];

    private static readonly IReadOnlyList<(string Item, double Weight)> Denominaties =
        [("Bijzonder", 0.6), ("Openbaar", 0.32), ("Algemeen bijzonder", 0.05), ("Islamitisch", 0.03)];

    public static (DemoRegion Region, IReadOnlyList<LocationModel> Models) Build(DemoRegionOptions options)
    {
        var random = DemoRandom.For(options.Seed, (long)Purpose.Region);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var besturen = CreateBesturen(random, Math.Clamp((int)Math.Round(options.LocationCount * 18.0 / 110), 3, 60), names);
        var bestuurWeights = besturen.Select((b, i) => (b, 1.0 / Math.Pow(i + 1, 0.8))).ToList();
        var instellingen = new Dictionary<string, Instelling>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);

        var areas = AllocateAreas(options.LocationCount).Concat(KoersVoGeography.OutsideAreas).ToList();
        var models = new List<LocationModel>(areas.Count);
        for (var index = 0; index < areas.Count; index++)
        {
            var area = areas[index];
            var bestuur = random.PickWeighted(bestuurWeights);
            var structuur = random.PickWeighted(Structures);
            if (!instellingen.TryGetValue(bestuur.Nummer, out var instelling) || instelling.Used == instelling.Capacity)
            {
                instelling = new Instelling(NewInstellingscode(random, codes), NewSchoolName(random, structuur, names), random.Next(1, 6));
                instellingen[bestuur.Nummer] = instelling;
            }

            var vestigingscode = instelling.Code + instelling.Used.ToString("00", CultureInfo.InvariantCulture);
            var street = random.Pick(NameParts.Streets);
            var naam = instelling.Used == 0 ? instelling.Name : $"{instelling.Name} locatie {street}";
            instelling.Used++;

            // One name carries DUO's doubled-quote case (README of the real files: "VMBO ""De Jutter"" Vlieland").
            if (index == 7)
            {
                naam = $"{naam} \"De Brug\"";
            }

            var postcode = Postcode(random, area.PostcodeFrom, area.PostcodeTo);
            var location = new DemoLocation(
                vestigingscode,
                instelling.Code,
                naam,
                bestuur.Nummer,
                area.Gemeentecode,
                KoersVoGeography.DuoGemeentenaam(area.Gemeentecode).ToUpperInvariant(),
                postcode,
                area.Plaatsnaam,
                structuur,
                area.Subregio is not null,
                area.Subregio);
            var slug = new string([.. instelling.Name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
            var postbus = random.Chance(0.5);
            var address = new LocationAddress(
                street,
                random.Next(1, 240).ToString(CultureInfo.InvariantCulture),
                random.Chance(0.8) ? $"www.{slug}.example" : " ",
                random.PickWeighted(Denominaties),
                postbus ? "Postbus" : street,
                random.Next(1, 9999).ToString(CultureInfo.InvariantCulture),
                postbus ? Postcode(random, area.PostcodeFrom, area.PostcodeTo) : postcode,
                naam.Length > 30 ? naam[..30].TrimEnd() : naam);
            models.Add(new LocationModel(index, location, address, BaseSize(random, structuur, index), options.Seed, options.LastSchooljaarStart)
            {
                Style = Style(random),
            });
        }

        return (new DemoRegion(besturen, [.. models.Select(m => m.Location)]), models);
    }

    /// <summary>
    /// Spreads the locations over the subregio's: at least two each (one below 12 locations), the rest in
    /// proportion to the default counts, then over each subregio's areas the same way (largest remainder).
    /// </summary>
    private static List<KoersVoGeography.Area> AllocateAreas(int count)
    {
        var subregios = KoersVoGeography.Subregios;
        var defaults = subregios.Select(s => KoersVoGeography.MemberAreas.Where(a => a.Subregio == s).Sum(a => a.DefaultCount)).ToList();
        var minimum = count >= 12 ? 2 : 1;
        var perSubregio = LargestRemainder(count - (minimum * subregios.Count), [.. defaults.Select(d => (double)Math.Max(0, d - minimum))])
            .Select(c => c + minimum).ToList();

        var result = new List<KoersVoGeography.Area>(count);
        for (var s = 0; s < subregios.Count; s++)
        {
            var areas = KoersVoGeography.MemberAreas.Where(a => a.Subregio == subregios[s]).ToList();
            var perArea = LargestRemainder(perSubregio[s], [.. areas.Select(a => (double)a.DefaultCount)]);
            for (var a = 0; a < areas.Count; a++)
            {
                result.AddRange(Enumerable.Repeat(areas[a], perArea[a]));
            }
        }

        return result;
    }

    private static List<int> LargestRemainder(int total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => sum == 0 ? 0 : total * w / sum).ToList();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToList();
        var order = Enumerable.Range(0, weights.Count).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).ToList();
        var missing = total - counts.Sum();
        for (var k = 0; k < missing; k++)
        {
            counts[order[k % order.Count]]++;
        }

        return counts;
    }

    private static List<DemoBestuur> CreateBesturen(DemoRandom random, int count, HashSet<string> names)
    {
        var numbers = new HashSet<int>();
        var besturen = new List<DemoBestuur>(count);
        while (besturen.Count < count)
        {
            // 87xxx: no real BEVOEGD GEZAG NUMMER in DUO's vestigingen file starts with 86–89.
            var nummer = 87000 + random.Next(0, 1000);
            var naam = $"Stichting {random.Pick(NameParts.First)}{random.Pick(NameParts.Second)} {random.Pick(NameParts.BestuurSuffixes)}";
            if (numbers.Add(nummer) && names.Add(naam))
            {
                besturen.Add(new DemoBestuur(nummer.ToString(CultureInfo.InvariantCulture), naam));
            }
        }

        return besturen;
    }

    /// <summary>Instellingscode: two digits and two letters; 9x is not used by any real VO instelling in DUO's file.</summary>
    private static string NewInstellingscode(DemoRandom random, HashSet<string> codes)
    {
        while (true)
        {
            var code = $"9{random.Next(0, 10)}{(char)('A' + random.Next(0, 26))}{(char)('A' + random.Next(0, 26))}";
            if (codes.Add(code))
            {
                return code;
            }
        }
    }

    private static string NewSchoolName(DemoRandom random, string structuur, HashSet<string> names)
    {
        while (true)
        {
            var core = random.Pick(NameParts.First) + random.Pick(NameParts.Second);
            var name = structuur switch
            {
                "PRO" => random.Chance(0.5) ? $"Praktijkschool {core}" : $"Praktijkcollege 't {core}",
                "VWO" => random.Chance(0.5) ? $"{core} Gymnasium" : $"Stedelijk Lyceum {core}",
                "HAVO/VWO" => random.Chance(0.5) ? $"{core} Lyceum" : $"Het {core} College",
                "VBO" or "VBO/MAVO" => random.Chance(0.5) ? $"Vakschool {core}" : $"{core} Vmbo",
                "MAVO" => $"{core} Mavo",
                _ => random.Chance(0.5) ? $"Scholengemeenschap {core}" : $"{core} College",
            };
            if (names.Add(name))
            {
                return name;
            }
        }
    }

    /// <summary>Pupils on teldatum: 100–2000 by structure; every 37th location is a tiny one (20–60) whose counts DUO masks.</summary>
    private static int BaseSize(DemoRandom random, string structuur, int index)
    {
        if (index % 37 == 5)
        {
            return random.Next(20, 61);
        }

        // Calibrated on DUO's 2025 pupil file: the 96 Koers VO locations with pupils average about 570.
        return structuur switch
        {
            "PRO" => random.Next(90, 220),
            "VWO" => random.Next(300, 750),
            "MAVO" or "VBO" => random.Next(120, 420),
            "VBO/MAVO" or "VBO/MAVO/PRO" => random.Next(170, 600),
            "HAVO/VWO" => random.Next(350, 1100),
            _ => random.Next(400, 1500),
        };
    }

    /// <summary>Dutch postcode: 4 digits in the range, a space, two letters (never SA, SD or SS, which PostNL does not issue).</summary>
    private static string Postcode(DemoRandom random, int from, int to)
    {
        while (true)
        {
            var letters = $"{(char)('A' + random.Next(0, 26))}{(char)('A' + random.Next(0, 26))}";
            if (letters is not ("SA" or "SD" or "SS"))
            {
                return $"{random.Next(from, to + 1)} {letters}";
            }
        }
    }

    private static DeliveryStyle Style(DemoRandom random)
    {
        var roll = random.NextDouble();
        var encoding = roll < 0.7 ? DemoEncodings.Utf8 : roll < 0.85 ? DemoEncodings.Utf8WithBom : DemoEncodings.Windows1252;
        return new DeliveryStyle(encoding, random.Chance(0.25));
    }

    private sealed class Instelling(string code, string name, int capacity)
    {
        public string Code { get; } = code;

        public string Name { get; } = name;

        public int Capacity { get; } = capacity;

        public int Used { get; set; }
    }
}
