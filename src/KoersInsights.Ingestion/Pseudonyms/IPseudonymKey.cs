namespace KoersInsights.Ingestion.Pseudonyms;

/// <summary>Where the secret HMAC key lives: a local file (default) or Azure Key Vault.</summary>
public interface IPseudonymKey
{
    /// <summary>The key bytes (32 random bytes when we created it).</summary>
    Task<byte[]> GetKeyAsync(CancellationToken cancellationToken = default);
}
