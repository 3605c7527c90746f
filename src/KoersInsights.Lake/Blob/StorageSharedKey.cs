using System.Security.Cryptography;
using System.Text;

namespace KoersInsights.Lake.Blob;

/// <summary>
/// A storage account name and key. The key bytes never leave this type except as HMAC signatures, and
/// <see cref="ToString"/> shows the account only, so the key cannot end up in a log line or exception message.
/// </summary>
public sealed class StorageSharedKey
{
    private readonly byte[] _key;

    public StorageSharedKey(string accountName, string base64Key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        ArgumentException.ThrowIfNullOrWhiteSpace(base64Key);
        AccountName = accountName;
        try
        {
            _key = Convert.FromBase64String(base64Key.Trim());
        }
        catch (FormatException)
        {
            throw new LakeException($"The account key for storage account '{accountName}' is not valid base64 (KOERS_LAKE_KEY).");
        }
    }

    public string AccountName { get; }

    /// <summary>Base64 HMAC-SHA256 of <paramref name="stringToSign"/> with the account key.</summary>
    internal string Sign(string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(stringToSign)));

    public override string ToString() => $"SharedKey({AccountName})";
}
