using System.Globalization;
using System.Text.RegularExpressions;
using KoersInsights.Ingestion.Values;

namespace KoersInsights.Ingestion.Duo;

/// <summary>
/// One DUO open-data file (sources.md §1): how its name is recognised, which headers it may have, which columns are
/// counts or grades, its natural key, and how the file maps to a schooljaar (docs/lake.md, "DUO entities").
/// </summary>
public sealed partial record DuoFileKind(
    string Entity,
    Regex NamePattern,
    IReadOnlyList<string> KnownHeaders,
    IReadOnlyList<Regex> KnownHeaderPatterns,
    IReadOnlyList<string> Counts,
    IReadOnlyList<Regex> CountPatterns,
    IReadOnlyList<string> Grades,
    IReadOnlyList<string> Key,
    Func<Match, DateOnly, Schooljaar> SchooljaarOf)
{
    public const string SchemaVersion = "1";

    public bool IsKnown(string header) =>
        KnownHeaders.Contains(header, StringComparer.Ordinal) || KnownHeaderPatterns.Any(p => p.IsMatch(header));

    public DuoColumnKind KindOf(string header) =>
        Counts.Contains(header, StringComparer.Ordinal) || CountPatterns.Any(p => p.IsMatch(header)) ? DuoColumnKind.Count
        : Grades.Contains(header, StringComparer.Ordinal) ? DuoColumnKind.Grade
        : header is "INSTELLINGSCODE" or "VESTIGINGSCODE" ? DuoColumnKind.Code
        : DuoColumnKind.Text;

    /// <summary>The bronze name: lower case, spaces and hyphens as one underscore (<c>RMC-REGIO CODE</c> → <c>rmc_regio_code</c>).</summary>
    public static string BronzeName(string header) =>
        Underscores().Replace(header.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_'), "_").Trim('_');

    /// <summary>Publication year YYYY counts pupils on 1 October YYYY-1, so the schooljaar is (YYYY-1)-YYYY.</summary>
    internal static Schooljaar FromPublicationYear(Match match, DateOnly today) =>
        new(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) - 1);

    [GeneratedRegex("_+")]
    private static partial Regex Underscores();
}
