using System.Globalization;
using System.Text.RegularExpressions;
using KoersInsights.Ingestion.Values;

namespace KoersInsights.Ingestion.Duo;

/// <summary>
/// The DUO files KoersInsights reads. Header lists are those of the real files in ../shared/data/duo (2025
/// editions) plus the older names DUO used (<see cref="DuoHeaders"/>); anything else is refused with its name.
/// </summary>
public static class DuoFileKinds
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static DuoFileKind Vestigingen { get; } = new(
        "vestigingen",
        new Regex(@"^02\.-alle-vestigingen-vo(-[0-9-]+)?\.csv$", Options),
        [
            "PROVINCIE", "BEVOEGD GEZAG NUMMER", "INSTELLINGSCODE", "VESTIGINGSCODE", "VESTIGINGSNAAM", "STRAATNAAM",
            "HUISNUMMER-TOEVOEGING", "POSTCODE", "PLAATSNAAM", "GEMEENTENUMMER", "GEMEENTENAAM", "DENOMINATIE", "TELEFOONNUMMER",
            "INTERNETADRES", "ONDERWIJSSTRUCTUUR", "STRAATNAAM CORRESPONDENTIEADRES", "HUISNUMMER-TOEVOEGING CORRESPONDENTIEADRES",
            "POSTCODE CORRESPONDENTIEADRES", "PLAATSNAAM CORRESPONDENTIEADRES", "NODAAL GEBIED CODE", "NODAAL GEBIED NAAM",
            "RPA-GEBIED CODE", "RPA-GEBIED NAAM", "WGR-GEBIED CODE", "WGR-GEBIED NAAM", "COROPGEBIED CODE", "COROPGEBIED NAAM",
            "ONDERWIJSGEBIED CODE", "ONDERWIJSGEBIED NAAM", "RMC-REGIO CODE", "RMC-REGIO NAAM", "VAKANTIEREGIO",
        ],
        [],
        [],
        [],
        [],
        ["VESTIGINGSCODE"],
        // A snapshot: it describes the locations as they are in the schooljaar we ingest it.
        (_, today) => Schooljaar.Containing(today));

    public static DuoFileKind Leerlingen { get; } = new(
        "leerlingen",
        new Regex(@"^03\.-leerlingen-vo-per-vestiging-en-bestuur-\(vavo-apart\)-(?<year>[0-9]{4})\.csv$", Options),
        [
            "BEVOEGD GEZAG NUMMER", "INSTELLINGSCODE", "VESTIGINGSCODE", "INSTELLINGSNAAM VESTIGING", "PLAATSNAAM",
            "GEMEENTENUMMER", "GEMEENTENAAM", "PROVINCIE", "AANTAL LEERLINGEN", "AANTAL VO LEERLINGEN UITBESTEED AAN VAVO",
        ],
        [],
        ["AANTAL LEERLINGEN", "AANTAL VO LEERLINGEN UITBESTEED AAN VAVO"],
        [],
        [],
        ["BEVOEGD GEZAG NUMMER", "VESTIGINGSCODE"],
        DuoFileKind.FromPublicationYear);

    /// <summary>
    /// No copy of this file is in ../shared; the fixed headers follow DUO's naming in the other VO files and the
    /// year columns follow sources.md (<c>LEER- OF VERBLIJFSJAAR n - MAN/VROUW</c>). Verify against a real file.
    /// </summary>
    public static DuoFileKind LeerlingenOnderwijstype { get; } = new(
        "leerlingen_onderwijstype",
        new Regex(@"^01\.-leerlingen-vo-per-vestiging-naar-onderwijstype-(?<year>[0-9]{4})\.csv$", Options),
        [
            "BEVOEGD GEZAG NUMMER", "INSTELLINGSCODE", "VESTIGINGSCODE", "INSTELLINGSNAAM VESTIGING", "PLAATSNAAM",
            "GEMEENTENUMMER", "GEMEENTENAAM", "PROVINCIE", "ONDERWIJSTYPE VO", "ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR",
            "OPLEIDINGSNAAM", "SOORT ONDERWIJS", "SAMENWERKINGSVERBAND", "SAMENWERKINGSVERBAND CODE", "SAMENWERKINGSVERBAND NAAM",
            "TOTAAL", "TOTAAL MAN", "TOTAAL VROUW",
        ],
        [new Regex(@"^LEER- OF VERBLIJFSJAAR [1-6] - (MAN|VROUW)$", Options)],
        ["TOTAAL", "TOTAAL MAN", "TOTAAL VROUW"],
        [new Regex(@"^LEER- OF VERBLIJFSJAAR [1-6] - (MAN|VROUW)$", Options)],
        [],
        ["BEVOEGD GEZAG NUMMER", "VESTIGINGSCODE", "ONDERWIJSTYPE VO", "ONDERWIJSTYPE VO EN LEER- OF VERBLIJFSJAAR", "OPLEIDINGSNAAM"],
        DuoFileKind.FromPublicationYear);

    public static DuoFileKind Examens { get; } = new(
        "examens",
        new Regex(@"^geslaagden-gezakten-en-cijfers-(?<start>[0-9]{4})-(?<end>[0-9]{4})\.csv$", Options),
        [
            "INSTELLINGSCODE", "VESTIGINGSCODE", "INSTELLINGSNAAM VESTIGING", "GEMEENTENAAM VESTIGING", "PROVINCIE VESTIGING",
            "ONDERWIJSTYPE VO", "LEERWEG VMBO", "VMBO SECTOR", "AFDELING", "EXAMENKANDIDATEN", "GESLAAGDEN", "GEZAKTEN",
            "GEMIDDELD CIJFER SCHOOLEXAMEN", "GEMIDDELD CIJFER CENTRAAL EXAMEN", "GEMIDDELD CIJFER CIJFERLIJST",
        ],
        [],
        ["EXAMENKANDIDATEN", "GESLAAGDEN", "GEZAKTEN"],
        [],
        ["GEMIDDELD CIJFER SCHOOLEXAMEN", "GEMIDDELD CIJFER CENTRAAL EXAMEN", "GEMIDDELD CIJFER CIJFERLIJST"],
        ["VESTIGINGSCODE", "ONDERWIJSTYPE VO", "LEERWEG VMBO", "VMBO SECTOR", "AFDELING"],
        (match, _) => new Schooljaar(int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture)));

    public static IReadOnlyList<DuoFileKind> All { get; } = [Vestigingen, Leerlingen, LeerlingenOnderwijstype, Examens];

    /// <summary>The kind a file name belongs to, with the match (for the year), or null.</summary>
    public static (DuoFileKind Kind, Match Match)? Recognise(string fileName)
    {
        foreach (var kind in All)
        {
            var match = kind.NamePattern.Match(fileName);
            if (match.Success)
            {
                return (kind, match);
            }
        }

        return null;
    }
}
