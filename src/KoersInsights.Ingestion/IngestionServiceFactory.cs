using KoersInsights.Core.Configuration;
using KoersInsights.Ingestion.Duo;
using KoersInsights.Ingestion.Profiles;
using KoersInsights.Ingestion.Pseudonyms;
using KoersInsights.Lake;

namespace KoersInsights.Ingestion;

/// <summary>
/// Builds an <see cref="IngestionService"/> from configuration: pseudonym key (Key Vault when
/// <c>Koers:Pseudonyms:KeyVaultUri</c> is set, else <c>$KOERS_HOME/keys/pseudonym.key</c>), mapping profiles
/// (built-in plus <c>$KOERS_HOME/profiles/*.json</c>) and DUO URLs (<c>Koers:Duo:Urls</c>).
/// </summary>
public static class IngestionServiceFactory
{
    public static async Task<IngestionService> CreateAsync(
        KoersSettings settings, ILakeStore lake, HttpClient? http = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var pseudonymizer = await HmacPseudonymizer.CreateAsync(PseudonymKeys.FromSettings(settings), cancellationToken);
        var profiles = MappingProfiles.Load(Path.Combine(settings.Home, "profiles"));
        var downloader = http is null ? null : HttpDuoDownloader.FromSettings(settings, lake, http);
        return new IngestionService(lake, pseudonymizer, profiles, downloader);
    }
}
