using KoersInsights.Core.Configuration;

namespace KoersInsights.Ingestion.Pseudonyms;

/// <summary>Chooses the key source from configuration: Key Vault when configured, else the local key file.</summary>
public static class PseudonymKeys
{
    public static IPseudonymKey FromSettings(KoersSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var section = settings.Section("Pseudonyms");
        var vault = section["KeyVaultUri"];
        if (!string.IsNullOrWhiteSpace(vault))
        {
            var name = section["SecretName"];
            return new KeyVaultPseudonymKey(new Uri(vault), string.IsNullOrWhiteSpace(name) ? KeyVaultPseudonymKey.DefaultSecretName : name);
        }

        return new LocalKeyFilePseudonymKey(settings.Home);
    }
}
