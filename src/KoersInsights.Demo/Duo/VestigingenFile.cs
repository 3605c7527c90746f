using KoersInsights.Demo.Model;
using KoersInsights.Demo.Output;
using KoersInsights.Demo.Region;

namespace KoersInsights.Demo.Duo;

/// <summary>
/// <c>02.-alle-vestigingen-vo.csv</c> as DUO publishes it: Windows-1252, unquoted except a field holding a quote,
/// a blank as one space, the 32 columns of the real file's header.
/// </summary>
internal static class VestigingenFile
{
    public const string FileName = "02.-alle-vestigingen-vo.csv";

    public static IReadOnlyList<string> Header { get; } =
    [
        "PROVINCIE", "BEVOEGD GEZAG NUMMER", "INSTELLINGSCODE", "VESTIGINGSCODE", "VESTIGINGSNAAM", "STRAATNAAM",
        "HUISNUMMER-TOEVOEGING", "POSTCODE", "PLAATSNAAM", "GEMEENTENUMMER", "GEMEENTENAAM", "DENOMINATIE", "TELEFOONNUMMER",
        "INTERNETADRES", "ONDERWIJSSTRUCTUUR", "STRAATNAAM CORRESPONDENTIEADRES", "HUISNUMMER-TOEVOEGING CORRESPONDENTIEADRES",
        "POSTCODE CORRESPONDENTIEADRES", "PLAATSNAAM CORRESPONDENTIEADRES", "NODAAL GEBIED CODE", "NODAAL GEBIED NAAM",
        "RPA-GEBIED CODE", "RPA-GEBIED NAAM", "WGR-GEBIED CODE", "WGR-GEBIED NAAM", "COROPGEBIED CODE", "COROPGEBIED NAAM",
        "ONDERWIJSGEBIED CODE", "ONDERWIJSGEBIED NAAM", "RMC-REGIO CODE", "RMC-REGIO NAAM", "VAKANTIEREGIO",
    ];

    public static void Write(DemoOutput output, IReadOnlyList<LocationModel> models)
    {
        // DUO lists locations by bestuur, then vestigingscode.
        var rows = models
            .OrderBy(m => m.Location.BestuurNummer, StringComparer.Ordinal)
            .ThenBy(m => m.Location.Vestigingscode, StringComparer.Ordinal)
            .Select(Row)
            .ToList();
        output.Write(DemoSources.Duo, FileName, DelimitedText.Render(Header, rows, Quoting.WhenNeeded), DemoEncodings.Windows1252, rows.Count);
    }

    private static string[] Row(LocationModel model)
    {
        var l = model.Location;
        var a = model.Address;
        return
        [
            "Zuid-Holland", l.BestuurNummer, l.Instellingscode, l.Vestigingscode, l.Naam, a.Straatnaam, a.Huisnummer, l.Postcode,
            l.Plaatsnaam, l.Gemeentecode, l.Gemeentenaam, a.Denominatie, " ", a.Internetadres, l.Onderwijsstructuur,
            a.CorrespondentieStraat, a.CorrespondentieHuisnummer, a.CorrespondentiePostcode, l.Plaatsnaam,
            .. KoersVoGeography.DuoRegionColumns(l.Gemeentecode),
        ];
    }
}
