using KoersInsights.Warehouse.Load;

namespace KoersInsights.Warehouse.Tests.Load;

/// <summary>
/// The hand-made fixture region: SWV VO2803 (Koers VO area), vestigingen A 11AA00 (Rotterdam, postcode 3072 → Zuid),
/// B 22BB00 (Rotterdam 3011 → Noord; DUO count '&lt;5' in 2022-2023), C 33CC00 (Capelle → Noord; not in the first DUO
/// snapshot: a late-arriving school), D 44DD00 (Rozenburg: DUO lists it, but it is outside the SWV). Schooljaren
/// 2022-2023 and 2023-2024, every source. Load 1 = <see cref="AddFirstLoad"/>, load 2 = <see cref="AddSecondLoad"/>.
/// Expected values are derived by hand in the tests from the rows here.
/// </summary>
internal static class FixtureRegion
{
    public const string A = "11AA00", B = "22BB00", C = "33CC00", D = "44DD00";

    private static readonly DateTimeOffset T1 = new(2023, 10, 15, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T2 = new(2024, 6, 15, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T3 = new(2024, 9, 15, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Pupil pseudonym n (64 hex chars, as ingestion writes them).</summary>
    public static string P(int n) => n.ToString("x64", System.Globalization.CultureInfo.InvariantCulture);

    public static void AddFirstLoad(InMemoryBronze lake)
    {
        lake.Add("duo", "vestigingen", "02.-alle-vestigingen-vo", "2023-2024", T1,
            Vestiging(A, "Alpha College", "41000", "3072AB", "ROTTERDAM", "0599", "Rotterdam"),
            Vestiging(B, "Beta Lyceum", "41000", "3011CD", "ROTTERDAM", "0599", "Rotterdam"),
            Vestiging(D, "Delta School", "42000", "3181AA", "ROZENBURG ZH", "0599", "Rotterdam"));
        lake.Add("duo", "leerlingen", "03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-2023", "2022-2023", T1,
            [A, "41000", 100, false, 3, false], [B, "41000", null, true, null, true], [C, "43000", 50, false, 0, false],
            [D, "42000", 80, false, 1, false]);
        lake.Add("duo", "leerlingen", "03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-2024", "2023-2024", T2,
            [A, "41000", 110, false, 4, false], [B, "41000", 90, false, 2, false], [C, "43000", 60, false, 1, false],
            [D, "42000", 85, false, null, true]);
        lake.Add("duo", "examens", "geslaagden-gezakten-en-cijfers-2022-2023", "2022-2023", T1, [A]);
        lake.Add("schools", "regio", "regio_swv_2023-2024", "2023-2024", T1,
            ["Zuid", "0599", null, "3071", "3089"], ["Noord", "0599", null, null, null], ["Noord", "0502", null, null, null]);

        lake.Add("schools", "trajectvoorziening", "trajectvoorziening_11aa00_2022-2023", "2022-2023", T1,
            Tv(1, A, "2022-09-10", "2022-11-09", "terug_in_klas", "0599"),
            Tv(1, A, "2023-02-01", "2023-03-03", "overig", "0599"),
            Tv(2, A, "2022-10-01", null, null, "0502"));
        lake.Add("schools", "trajectvoorziening", "trajectvoorziening_22bb00_2022-2023", "2022-2023", T1,
            Tv(3, B, "2022-09-01", "2022-09-21", "terug_in_klas", "0599"));
        lake.Add("schools", "trajectvoorziening", "trajectvoorziening_33cc00_2022-2023", "2022-2023", T1,
            Tv(4, C, "2023-01-10", "2023-06-10", "vso", "0502"));
        // Pupil 2's open registration is delivered again next year with its end: the later version counts.
        lake.Add("schools", "trajectvoorziening", "trajectvoorziening_11aa00_2023-2024", "2023-2024", T2,
            Tv(5, A, "2023-09-05", "2023-10-05", "terug_in_klas", "0599"),
            Tv(2, A, "2022-10-01", "2023-09-20", "andere_school", "0502"));
        lake.Add("schools", "trajectvoorziening", "trajectvoorziening_22bb00_2023-2024", "2023-2024", T2,
            Tv(6, B, "2023-11-01", "2024-01-01", "terug_in_klas", "0489"),
            Tv(7, B, "2024-03-01", null, null, "0599"));

        lake.Add("schools", "observatie", "observatie_11aa00_2023-2024", "2023-2024", T2,
            ["2023-10-01", A, "klas", "consultatieteam", null], ["2023-11-01", A, "klas", "tv", null],
            ["2024-02-01", A, "leerling", "bpo", P(1)]);
        lake.Add("schools", "observatie", "observatie_22bb00_2023-2024", "2023-2024", T2, ["2024-01-15", B, "klas", "tv", null]);

        lake.Add("schools", "opp", "opp_11aa00_2023-2024", "2023-2024", T2,
            [P(1), A, "2021-05-01", null, "2022-06-01", "VMBO-B", 2, "0599"],
            [P(2), A, "2022-11-01", "2023-07-01", null, "HAVO", 1, "0502"]);
        lake.Add("schools", "opp", "opp_22bb00_2023-2024", "2023-2024", T2, [P(3), B, "2023-09-01", null, "2023-09-15", "VWO", 3, "0599"]);

        lake.Add("schools", "ondersteuning", "ondersteuning_11aa00_2023-2024", "2023-2024", T2,
            [P(1), A, "extra", "2023-09-01", "2023-09-10", "2023-12-09"], [P(2), A, "basis", "2023-10-01", "2023-10-01", "2023-10-31"]);
        lake.Add("schools", "ondersteuning", "ondersteuning_33cc00_2023-2024", "2023-2024", T2, [P(4), C, "arrangement", "2023-10-01", "2023-10-15", null]);

        lake.Add("schools", "verzuim", "verzuim_11aa00_2023-2024", "2023-2024", T2, [P(1), A, "thuiszitter", "2023-09-01", null, "0599", true]);
        lake.Add("schools", "verzuim", "verzuim_22bb00_2022-2023", "2022-2023", T1, [P(3), B, "relatief_langdurig", "2022-06-01", "2022-09-15", "0599", true]);
        lake.Add("schools", "verzuim", "verzuim_33cc00_2023-2024", "2023-2024", T2, [P(4), C, "absoluut", "2023-09-20", "2023-10-10", "0502", true]);

        lake.Add("schools", "doorstroom", "doorstroom_11aa00_2022-2023", "2022-2023", T1,
            [P(1), A, "2022-2023", "VMBO-B", 2, "afstroom", true, false, true],
            [P(2), A, "2022-2023", "HAVO", 1, "bevorderd", false, true, true],
            [P(8), A, "2022-2023", "HAVO", 4, "uitstroom_vavo", false, false, false],
            [P(9), A, "2022-2023", "HAVO", 3, "afstroom", false, true, false]);

        lake.Add("schools", "tlv", "tlv_swv_2023-2024", "2023-2024", T2,
            ["t1", P(1), A, "2023-09-01", "2023-10-01", "afgegeven", "hoog", "2025-07-31", "0599"],
            ["t2", P(3), B, "2023-10-01", "2023-11-20", "afgewezen", null, null, "0599"],
            ["t3", P(4), C, "2023-11-01", "2023-12-21", "afgegeven", "laag", "2025-07-31", "0502"],
            ["t4", P(10), C, "2024-06-01", null, "lopend", null, null, "0502"]);

        lake.Add("schools", "consultatie", "consultatie_swv_2023-2024", "2023-2024", T2,
            [A, "2023-2024", "handelingsadvies", 2, 3.50m], [A, "2023-2024", "coaching", 1, 2.00m], [C, "2023-2024", "observatie", 1, 1.25m]);
        lake.Add("schools", "middelen", "middelen_swv_2023-2024", "2023-2024", T2,
            [A, null, "2023-2024", "formatie_zorg", 10000m, 9000m], [null, "41000", "2023-2024", "nt2", 5200m, null]);

        lake.Add("surveys", "vragen", "vragen", "2023-2024", T1,
            ["q1", "Tevreden over de ondersteuning?", "tevredenheid_ondersteuning", "1-5", true],
            ["q2", "Voel je je veilig?", "veiligheid", "1-10", true],
            ["q3", "Voldoende toegerust?", "toegerust", "ja-nee", true],
            ["q4", "Hoe vaak liep de ondersteuning mis?", "tevredenheid_ondersteuning", "1-5", false]);
        lake.Add("surveys", "enquete", "enquete_11aa00_2023-2024", "2023-2024", T2,
            [P(101), A, "2024-03-01", "leerling", "tevredenheid", "q1", "4"], [P(101), A, "2024-03-01", "leerling", "veiligheid", "q2", "8"],
            [P(102), A, "2024-03-01", "ouder", "tevredenheid", "q1", "2"], [P(102), A, "2024-03-01", "ouder", "tevredenheid", "q4", "1"],
            [P(103), A, "2024-03-01", "docent", "tevredenheid", "q3", "ja"]);
        lake.Add("surveys", "enquete", "enquete_swv_2023-2024", "2023-2024", T2, [P(104), "SWV", "2024-03-01", "leerling", "tevredenheid", "q1", "5"]);

        lake.Add("schools", "doelen", "doelen_swv_2023-2024", "2023-2024", T2,
            ["SWV", "TV_INSTROOM", "2022-2023", null, "2024-2025", 1.0m, 1, "minder instroom"],
            [A, "TV_INSTROOM", "2022-2023", 2.5m, "2023-2024", 1.5m, 1, null]);
    }

    /// <summary>DUO's next snapshot: C appears (completing its inferred member), A changes its name (a new SCD2 version).</summary>
    public static DeliveryEntry AddSecondLoad(InMemoryBronze lake) =>
        lake.Add("duo", "vestigingen", "02.-alle-vestigingen-vo", "2024-2025", T3,
            Vestiging(A, "Alpha College Zuid", "41000", "3072AB", "ROTTERDAM", "0599", "Rotterdam"),
            Vestiging(B, "Beta Lyceum", "41000", "3011CD", "ROTTERDAM", "0599", "Rotterdam"),
            Vestiging(C, "Gamma School", "43000", "2901AA", "CAPELLE AAN DEN IJSSEL", "0502", "Capelle aan den IJssel"),
            Vestiging(D, "Delta School", "42000", "3181AA", "ROZENBURG ZH", "0599", "Rotterdam"));

    private static object?[] Vestiging(string code, string naam, string bestuur, string postcode, string plaats, string gemeente, string gemeentenaam) =>
        [code, code[..4], naam, bestuur, postcode, plaats, gemeente, gemeentenaam.ToUpperInvariant(), "Openbaar", "VMBO-HAVO-VWO"];

    private static object?[] Tv(int pupil, string school, string aanmelding, string? einde, string? uitkomst, string woongemeente) =>
        [P(pupil), school, aanmelding, "gedrag", einde, uitkomst, "HAVO", 2, false, woongemeente];
}
