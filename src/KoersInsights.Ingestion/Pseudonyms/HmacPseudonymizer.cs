using System.Security.Cryptography;
using System.Text;

namespace KoersInsights.Ingestion.Pseudonyms;

/// <summary>
/// HMAC-SHA256 of the normalised id (reliability-privacy.md §9). Normalising first (trim, upper case) gives a pupil
/// the same pseudonym whether a school system exports <c>ab123</c> or <c> AB123</c>.
/// </summary>
public sealed class HmacPseudonymizer : IPseudonymizer
{
    private readonly byte[] _key;

    public HmacPseudonymizer(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 16)
        {
            throw new ArgumentException("A pseudonymisation key needs at least 16 bytes.", nameof(key));
        }

        _key = [.. key];
    }

    public static async Task<HmacPseudonymizer> CreateAsync(IPseudonymKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new HmacPseudonymizer(await key.GetKeyAsync(cancellationToken));
    }

    public static string Normalise(string clearId) => clearId.Trim().ToUpperInvariant();

    public string Pseudonymize(string clearId)
    {
        ArgumentNullException.ThrowIfNull(clearId);
        var normalised = Normalise(clearId);
        Span<byte> input = stackalloc byte[Encoding.UTF8.GetMaxByteCount(Math.Min(normalised.Length, 256))];
        var bytes = normalised.Length <= 256 ? input[..Encoding.UTF8.GetBytes(normalised, input)] : Encoding.UTF8.GetBytes(normalised);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key, bytes, hash);
        return Convert.ToHexStringLower(hash);
    }
}
