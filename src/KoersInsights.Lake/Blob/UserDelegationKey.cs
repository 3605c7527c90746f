using System.Security.Cryptography;
using System.Text;

namespace KoersInsights.Lake.Blob;

/// <summary>
/// A key from Get User Delegation Key, for SAS signed on behalf of an Entra ID identity (no account key). The
/// signed fields are kept as the exact strings the service returned, because they go into the string-to-sign.
/// <see cref="ToString"/> leaves out the key value.
/// </summary>
public sealed class UserDelegationKey(
    string signedObjectId, string signedTenantId, string signedStartsOn, string signedExpiresOn, string signedService, string signedVersion, string value)
{
    private readonly byte[] _value = Convert.FromBase64String(value);

    public string SignedObjectId { get; } = signedObjectId;

    public string SignedTenantId { get; } = signedTenantId;

    public string SignedStartsOn { get; } = signedStartsOn;

    public string SignedExpiresOn { get; } = signedExpiresOn;

    public string SignedService { get; } = signedService;

    public string SignedVersion { get; } = signedVersion;

    internal string Sign(string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(_value, Encoding.UTF8.GetBytes(stringToSign)));

    public override string ToString() => $"UserDelegationKey(oid {SignedObjectId}, until {SignedExpiresOn})";
}
