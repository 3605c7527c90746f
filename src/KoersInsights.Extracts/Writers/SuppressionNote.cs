using KoersInsights.Extracts.Disclosure;

namespace KoersInsights.Extracts.Writers;

/// <summary>The words of the suppression note, shared by the definitions sheet, the manifest and the summary.</summary>
public static class SuppressionNote
{
    public const string Primary = "primair: een aantal tussen 1 en de drempel";
    public const string Secondary = "secundair: verborgen zodat een primaire cel niet uit totalen of andere tabellen terug te rekenen is";
    public const string DuoMasked = "door DUO gemaskeerd (<5); nooit als getal gebruikt";

    public static IEnumerable<string> Lines(ThresholdPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        yield return $"Aantallen van 1 tot {policy.Threshold} (van 1 tot {policy.SensitiveThreshold} bij {string.Join(", ", policy.SensitiveIndicators)} en uitsplitsing {string.Join(", ", policy.SensitiveSplits)}) worden niet gepubliceerd.";
        yield return $"Een verborgen cel toont '{ReleaseValue.Marker}'; kolom reden geeft de code(s): P = {Primary}; S = {Secondary}; D = {DuoMasked}.";
        yield return "Een waarde (percentage of per 100/1000 lln) wordt verborgen zodra teller of noemer verborgen is; een mediaan of bedrag met de noemer.";
    }
}
