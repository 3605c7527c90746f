using System.Globalization;
using KoersInsights.Demo.Model;
using KoersInsights.Demo.Output;
using KoersInsights.Demo.Region;

namespace KoersInsights.Demo.Duo;

/// <summary>
/// <c>03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-YYYY.csv</c>: UTF-8, every field quoted except
/// AANTAL LEERLINGEN, VAVO counts 1–4 published as <c>&lt;5</c>. YYYY is the publication year: the file of YYYY
/// counts pupils on 1 October YYYY-1, i.e. schooljaar (YYYY-1)-YYYY (docs/lake.md). The oldest file uses the older
/// header variant, BRIN NUMMER + a 2-digit VESTIGINGSNUMMER (sources.md §1), so ingestion's mapping is exercised.
/// </summary>
internal static class LeerlingenFile
{
    public static IReadOnlyList<string> Header { get; } =
    [
        "BEVOEGD GEZAG NUMMER", "INSTELLINGSCODE", "VESTIGINGSCODE", "INSTELLINGSNAAM VESTIGING", "PLAATSNAAM", "GEMEENTENUMMER",
        "GEMEENTENAAM", "PROVINCIE", "AANTAL LEERLINGEN", "AANTAL VO LEERLINGEN UITBESTEED AAN VAVO",
    ];

    public static IReadOnlyList<string> OldHeader { get; } =
    [
        "BEVOEGD GEZAG NUMMER", "BRIN NUMMER", "VESTIGINGSNUMMER", "INSTELLINGSNAAM VESTIGING", "PLAATSNAAM", "GEMEENTENUMMER",
        "GEMEENTENAAM", "PROVINCIE", "AANTAL LEERLINGEN", "AANTAL VO LEERLINGEN UITBESTEED AAN VAVO",
    ];

    public static string FileName(int schooljaarStart) => $"03.-leerlingen-vo-per-vestiging-en-bestuur-(vavo-apart)-{schooljaarStart + 1}.csv";

    public static void Write(DemoOutput output, int schooljaarStart, bool oldHeader, IReadOnlyList<(LocationModel Model, int Leerlingen, int Vavo)> counts)
    {
        var rows = counts
            .OrderBy(c => c.Model.Location.BestuurNummer, StringComparer.Ordinal)
            .ThenBy(c => c.Model.Location.Vestigingscode, StringComparer.Ordinal)
            .Select(c => Row(c.Model.Location, c.Model.Address, c.Leerlingen, c.Vavo, oldHeader))
            .ToList();
        var text = DelimitedText.Render(oldHeader ? OldHeader : Header, rows, Quoting.AllButAantalLeerlingen, unquotedColumn: 8);
        output.Write(DemoSources.Duo, FileName(schooljaarStart), text, DemoEncodings.Utf8, rows.Count);
    }

    /// <summary>DUO's disclosure control: 1–4 is published as <c>&lt;5</c>.</summary>
    public static string Masked(int count) => count is > 0 and < 5 ? "<5" : count.ToString(CultureInfo.InvariantCulture);

    private static string[] Row(DemoLocation l, LocationAddress a, int leerlingen, int vavo, bool oldHeader) =>
    [
        l.BestuurNummer, l.Instellingscode, oldHeader ? l.Vestigingsnummer : l.Vestigingscode, a.ShortName, l.Plaatsnaam,
        l.Gemeentecode, KoersVoGeography.DuoGemeentenaam(l.Gemeentecode), "Zuid-Holland",
        leerlingen.ToString(CultureInfo.InvariantCulture), Masked(vavo),
    ];
}
