using Microsoft.Extensions.Configuration;

namespace KoersInsights.Extracts.Disclosure;

/// <summary>
/// The suppression parameters (reliability-privacy.md §12): counts of 1 to threshold−1 are never published; OPP and
/// thuiszitter figures use the higher threshold. Medians and amounts (<see cref="NonCountTellers"/>) are not counts:
/// they are hidden with their noemer instead.
/// </summary>
public sealed record ThresholdPolicy
{
    public int Threshold { get; init; } = 5;

    public int SensitiveThreshold { get; init; } = 10;

    public IReadOnlyList<string> SensitiveIndicators { get; init; } = ["OPP_AANDEEL", "OPP_GEEVALUEERD", "THUISZITTERS"];

    /// <summary>Splits that single out pupils with an OPP, wherever they occur (AFSTROOM and VAVO met_opp).</summary>
    public IReadOnlyList<string> SensitiveSplits { get; init; } = ["met_opp"];

    /// <summary>Indicators whose teller is a median (days) or an amount (hours, euro) rather than a count (indicators.md).</summary>
    public IReadOnlyList<string> NonCountTellers { get; init; } =
        ["TV_DUUR", "BEGELEIDING_DUUR", "TLV_DOORLOOPTIJD", "CONSULTATIE_UREN", "MIDDELEN_PER_LL"];

    public static ThresholdPolicy Default { get; } = new();

    public int ThresholdFor(string indicatorCode, string uitsplitsing) =>
        SensitiveIndicators.Contains(indicatorCode) || SensitiveSplits.Contains(uitsplitsing) ? SensitiveThreshold : Threshold;

    public bool TellerIsCount(string indicatorCode) => !NonCountTellers.Contains(indicatorCode);

    /// <summary>Reads <c>Koers:Extracts:Threshold</c>, <c>SensitiveThreshold</c>, <c>SensitiveIndicators</c>, <c>SensitiveSplits</c>.</summary>
    public static ThresholdPolicy FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Koers:Extracts");
        var policy = new ThresholdPolicy
        {
            Threshold = ReadInt(section, "Threshold", Default.Threshold),
            SensitiveThreshold = ReadInt(section, "SensitiveThreshold", Default.SensitiveThreshold),
            SensitiveIndicators = ReadList(section, "SensitiveIndicators") ?? Default.SensitiveIndicators,
            SensitiveSplits = ReadList(section, "SensitiveSplits") ?? Default.SensitiveSplits,
        };
        if (policy.SensitiveThreshold < policy.Threshold)
        {
            throw new Core.KoersException(
                $"Koers:Extracts:SensitiveThreshold ({policy.SensitiveThreshold}) must not be below Koers:Extracts:Threshold ({policy.Threshold})");
        }

        return policy;
    }

    private static int ReadInt(IConfigurationSection section, string key, int fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < 2)
        {
            throw new Core.KoersException($"Koers:Extracts:{key} must be a whole number of at least 2, got '{text}'");
        }

        return value;
    }

    private static string[]? ReadList(IConfigurationSection section, string key)
    {
        var children = section.GetSection(key).GetChildren().Select(c => c.Value?.Trim()).OfType<string>().Where(v => v.Length > 0).ToArray();
        return children.Length > 0 ? children : null;
    }
}
