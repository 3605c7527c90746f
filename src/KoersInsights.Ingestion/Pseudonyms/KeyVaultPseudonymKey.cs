using Azure;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using KoersInsights.Core;

namespace KoersInsights.Ingestion.Pseudonyms;

/// <summary>
/// The key as a Key Vault secret (base64 of the key bytes), read with the managed identity
/// (DefaultAzureCredential). Configured by <c>Koers:Pseudonyms:KeyVaultUri</c> and optionally
/// <c>Koers:Pseudonyms:SecretName</c>. Create the secret once: <c>az keyvault secret set --vault-name V
/// --name koers-pseudonym-key --value "$(head -c 32 /dev/urandom | base64)"</c>.
/// </summary>
public sealed class KeyVaultPseudonymKey(Uri vaultUri, string secretName = KeyVaultPseudonymKey.DefaultSecretName) : IPseudonymKey
{
    public const string DefaultSecretName = "koers-pseudonym-key";

    public async Task<byte[]> GetKeyAsync(CancellationToken cancellationToken = default)
    {
        var client = new SecretClient(vaultUri, new DefaultAzureCredential());
        KeyVaultSecret secret;
        try
        {
            secret = (await client.GetSecretAsync(secretName, cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException ex)
        {
            throw new KoersException($"Key Vault {vaultUri.Host}: cannot read secret '{secretName}' (HTTP {ex.Status}); check the managed identity's 'get secret' permission.", ex);
        }

        try
        {
            return Convert.FromBase64String(secret.Value);
        }
        catch (FormatException ex)
        {
            throw new KoersException($"Key Vault {vaultUri.Host}: secret '{secretName}' is not base64.", ex);
        }
    }
}
