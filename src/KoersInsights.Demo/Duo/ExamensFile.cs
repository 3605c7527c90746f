using System.Globalization;
using KoersInsights.Demo.Model;
using KoersInsights.Demo.Output;
using KoersInsights.Demo.Pupils;
using KoersInsights.Demo.Randomness;

namespace KoersInsights.Demo.Duo;

/// <summary>
/// <c>geslaagden-gezakten-en-cijfers-YYYY-YYYY.csv</c>: UTF-8, all fields quoted, decimal comma, counts 1–4 as
/// <c>&lt;5</c>, a lone space for LEERWEG VMBO of HAVO/VWO rows; candidates are the roster's final-year pupils.
/// </summary>
internal static class ExamensFile
{
    public static IReadOnlyList<string> Header { get; } =
    [
        "INSTELLINGSCODE", "VESTIGINGSCODE", "INSTELLINGSNAAM VESTIGING", "GEMEENTENAAM VESTIGING", "PROVINCIE VESTIGING",
        "ONDERWIJSTYPE VO", "LEERWEG VMBO", "VMBO SECTOR", "AFDELING", "EXAMENKANDIDATEN", "GESLAAGDEN", "GEZAKTEN",
        "GEMIDDELD CIJFER SCHOOLEXAMEN", "GEMIDDELD CIJFER CENTRAAL EXAMEN", "GEMIDDELD CIJFER CIJFERLIJST",
    ];

    private static readonly string[] Profielen =
    [
        "Cultuur en Maatschappij", "Economie en Maatschappij", "Economie en Maatschappij / Cultuur en Maatschappij",
        "Natuur en Gezondheid", "Natuur en Techniek", "Natuur en Techniek / Natuur en Gezondheid",
    ];

    private static readonly (string Sector, string Afdeling)[] BeroepsAfdelingen =
        [("Economie", "EO"), ("Techniek", "BWI"), ("Techniek", "PIE"), ("Zorg & Welzijn", "ZWE"), ("Intersect. programma", "DP")];

    private static readonly string[] TheoretischeSectoren = ["Economie", "Techniek", "Zorg & Welzijn"];

    public static string FileName(int schooljaarStart) => $"geslaagden-gezakten-en-cijfers-{schooljaarStart}-{schooljaarStart + 1}.csv";

    public static IEnumerable<string[]> Rows(LocationModel model, IReadOnlyList<Pupil> roster, int year, int seed)
    {
        var random = DemoRandom.For(seed, (long)Purpose.Examens, model.Index, year);
        foreach (var track in model.Tracks.Where(t => t != Track.Pro))
        {
            var candidates = roster.Count(p => p.Track == track && p.InFinalYear);
            var (leerweg, parts) = track.Onderwijstype switch
            {
                "HAVO" or "VWO" => (" ", Profielen.Select(p => (Sector: string.Empty, Afdeling: p)).ToArray()),
                "VMBO-GT" => ("TL", TheoretischeSectoren.Select(s => (Sector: s, Afdeling: string.Empty)).ToArray()),
                "VMBO-K" => ("KL", BeroepsAfdelingen),
                _ => ("BL", BeroepsAfdelingen),
            };
            var onderwijstype = track.Onderwijstype.StartsWith("VMBO", StringComparison.Ordinal) ? "VMBO" : track.Onderwijstype;
            var shares = parts.Select(_ => random.Between(0.3, 1.0)).ToArray();
            for (var i = 0; i < parts.Length; i++)
            {
                var kandidaten = (int)Math.Round(candidates * shares[i] / shares.Sum());
                if (kandidaten == 0)
                {
                    continue;
                }

                var gezakt = Math.Min(kandidaten, random.Poisson(kandidaten * 0.08));
                var se = random.Between(6.0, 7.1);
                var ce = se + random.Between(-0.5, 0.3);
                yield return
                [
                    model.Location.Instellingscode, model.Location.Vestigingscode, model.Address.ShortName, model.Location.Gemeentenaam,
                    "Zuid-Holland", onderwijstype, leerweg, parts[i].Sector, parts[i].Afdeling, LeerlingenFile.Masked(kandidaten),
                    LeerlingenFile.Masked(kandidaten - gezakt), LeerlingenFile.Masked(gezakt), Grade(se), Grade(ce), Grade(((se + ce) / 2) + 0.2),
                ];
            }
        }
    }

    public static void Write(DemoOutput output, int schooljaarStart, IReadOnlyList<string[]> rows)
    {
        var ordered = rows.OrderBy(r => r[1], StringComparer.Ordinal).ToList();
        output.Write(DemoSources.Duo, FileName(schooljaarStart), DelimitedText.Render(Header, ordered, Quoting.All), DemoEncodings.Utf8, ordered.Count);
    }

    private static string Grade(double value) => value.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');
}
