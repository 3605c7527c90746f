using KoersInsights.Core;
using KoersInsights.Core.Region;
using KoersInsights.Extracts.Disclosure;
using Microsoft.Extensions.Configuration;

namespace KoersInsights.Extracts.Publishing;

/// <summary>
/// Settings of extract publishing (section <c>Koers:Extracts</c>): the recipients (gemeente code → lake prefix, by
/// default every gemeente of the region to <c>extracts/&lt;code&gt;</c>), how many schooljaren, the thresholds, and
/// how long a share link stays valid (at most 72 hours, reliability-privacy.md §19).
/// </summary>
public sealed record ExtractOptions
{
    public IReadOnlyDictionary<string, string> Recipients { get; init; } = DefaultRecipients(SwvRegion.KoersVo);

    public IReadOnlyDictionary<string, string> GemeenteNamen { get; init; } = SwvRegion.KoersVo.Gemeenten.ToDictionary(g => g.Code, g => g.Naam);

    public int Schooljaren { get; init; } = 3;

    public ThresholdPolicy Policy { get; init; } = ThresholdPolicy.Default;

    public TimeSpan LinkValidity { get; init; } = TimeSpan.FromHours(72);

    public static ExtractOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var region = SwvRegion.FromConfiguration(configuration);
        var section = configuration.GetSection("Koers:Extracts");
        var configured = section.GetSection("Gemeenten").GetChildren()
            .ToDictionary(c => c.Key, c => Prefix(c.Key, c.Value), StringComparer.Ordinal);
        var years = section["Schooljaren"];
        var hours = section["LinkHours"];
        return new ExtractOptions
        {
            Recipients = configured.Count > 0 ? configured : DefaultRecipients(region),
            GemeenteNamen = region.Gemeenten.ToDictionary(g => g.Code, g => g.Naam),
            Schooljaren = years is null ? 3 : Positive("Schooljaren", years, 20),
            Policy = ThresholdPolicy.FromConfiguration(configuration),
            LinkValidity = hours is null ? TimeSpan.FromHours(72) : TimeSpan.FromHours(Positive("LinkHours", hours, 72)),
        };
    }

    private static Dictionary<string, string> DefaultRecipients(SwvRegion region) =>
        region.Gemeenten.ToDictionary(g => g.Code, g => $"extracts/{g.Code}", StringComparer.Ordinal);

    private static string Prefix(string code, string? value)
    {
        if (code.Length != 4 || !code.All(char.IsAsciiDigit))
        {
            throw new KoersException($"Koers:Extracts:Gemeenten:{code}: the key must be a 4-digit CBS gemeente code");
        }

        var prefix = string.IsNullOrWhiteSpace(value) ? $"extracts/{code}" : value.Trim().Trim('/');
        try
        {
            Lake.LakePath.ValidateObject(prefix);
        }
        catch (Lake.LakeException ex)
        {
            throw new KoersException($"Koers:Extracts:Gemeenten:{code}: {ex.Message}", ex);
        }

        return prefix;
    }

    private static int Positive(string key, string text, int max) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max
            ? n
            : throw new KoersException($"Koers:Extracts:{key} must be a whole number from 1 to {max}, got '{text}'");
}
