using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Azure.Core;

namespace KoersInsights.Lake.Blob;

public sealed partial class BlobRestClient
{
    private const string SasTimeFormat = "yyyy-MM-ddTHH:mm:ssZ";

    /// <summary>
    /// A read-only SAS URL ("Create a service SAS"): signed with the account key when this client has one, otherwise
    /// with <paramref name="delegationKey"/> ("Create a user delegation SAS"). Only read (<c>r</c>) and list
    /// (<c>l</c>) are ever granted, and the expiry may be at most 72 hours ahead (reliability-privacy.md item 19).
    /// A Container or Directory SAS points at the List Blobs URL for <paramref name="name"/> as prefix.
    /// </summary>
    public Uri GenerateReadSasUri(BlobSasResource resource, string name, DateTimeOffset expiresOn, UserDelegationKey? delegationKey = null)
    {
        if (expiresOn > DateTimeOffset.UtcNow + LakeReadLinks.MaximumValidity)
        {
            throw new LakeException($"{name}: a read link may be valid for at most 72 hours.");
        }

        var permissions = resource == BlobSasResource.Blob ? "r" : "rl";
        var expiry = expiresOn.UtcDateTime.ToString(SasTimeFormat, CultureInfo.InvariantCulture);
        var protocol = Address.ServiceUri.Scheme == Uri.UriSchemeHttps ? "https" : string.Empty;
        var (sr, canonicalName, directoryDepth) = resource switch
        {
            BlobSasResource.Blob => ("b", "/" + name, (int?)null),
            BlobSasResource.Container => ("c", string.Empty, null),
            BlobSasResource.Directory => ("d", "/" + name.TrimEnd('/'), name.TrimEnd('/').Split('/').Length),
            _ => throw new ArgumentOutOfRangeException(nameof(resource)),
        };
        var canonicalResource = $"/blob/{Address.AccountName}/{Address.ContainerName}{canonicalName}";

        var query = new List<(string Name, string Value)> { ("sv", BlobServiceVersion.Current), ("sr", sr) };
        if (directoryDepth is { } depth)
        {
            query.Add(("sdd", depth.ToString(CultureInfo.InvariantCulture)));
        }

        query.Add(("sp", permissions));
        query.Add(("se", expiry));
        if (protocol.Length > 0)
        {
            query.Add(("spr", protocol));
        }

        string signature;
        if (_sharedKey is not null && delegationKey is null)
        {
            // Service SAS, version 2020-12-06 and later: sp, st, se, resource, si, sip, spr, sv, sr, snapshot, ses,
            // rscc, rscd, rsce, rscl, rsct.
            signature = _sharedKey.Sign(string.Join('\n',
                permissions, string.Empty, expiry, canonicalResource, string.Empty, string.Empty, protocol,
                BlobServiceVersion.Current, sr, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty));
        }
        else if (delegationKey is not null)
        {
            // User delegation SAS, versions 2020-12-06 up to 2025-05-05: sp, st, se, resource, skoid, sktid, skt, ske,
            // sks, skv, saoid, suoid, scid, sip, spr, sv, sr, snapshot, ses, rscc, rscd, rsce, rscl, rsct.
            query.AddRange([
                ("skoid", delegationKey.SignedObjectId), ("sktid", delegationKey.SignedTenantId),
                ("skt", delegationKey.SignedStartsOn), ("ske", delegationKey.SignedExpiresOn),
                ("sks", delegationKey.SignedService), ("skv", delegationKey.SignedVersion)]);
            signature = delegationKey.Sign(string.Join('\n',
                permissions, string.Empty, expiry, canonicalResource,
                delegationKey.SignedObjectId, delegationKey.SignedTenantId, delegationKey.SignedStartsOn, delegationKey.SignedExpiresOn,
                delegationKey.SignedService, delegationKey.SignedVersion, string.Empty, string.Empty, string.Empty,
                string.Empty, protocol, BlobServiceVersion.Current, sr, string.Empty, string.Empty,
                string.Empty, string.Empty, string.Empty, string.Empty, string.Empty));
        }
        else
        {
            throw new LakeException($"{name}: a read link needs the account key or a user delegation key (Entra ID).");
        }

        query.Add(("sig", signature));
        var sas = string.Join('&', query.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        return resource == BlobSasResource.Blob
            ? new Uri($"{Address.BlobUri(name)}?{sas}")
            : new Uri($"{Address.ContainerUri}?restype=container&comp=list&prefix={Uri.EscapeDataString(name)}&{sas}");
    }

    /// <summary>
    /// Get User Delegation Key (needs an Entra ID token with a data role on the account; at most 7 days ahead).
    /// Azurite serves it only when started with OAuth over https, which the test command does not do.
    /// </summary>
    public async Task<UserDelegationKey> GetUserDelegationKeyAsync(DateTimeOffset expiresOn, CancellationToken cancellationToken = default)
    {
        if (_tokenCredential is null)
        {
            throw new LakeException("A user delegation key needs an Entra ID credential; this client signs with the account key.");
        }

        var start = DateTimeOffset.UtcNow.AddMinutes(-5).UtcDateTime.ToString(SasTimeFormat, CultureInfo.InvariantCulture);
        var expiry = expiresOn.UtcDateTime.ToString(SasTimeFormat, CultureInfo.InvariantCulture);
        using var message = CreateMessage(RequestMethod.Post, new Uri(Address.ServiceUri + "?restype=service&comp=userdelegationkey"));
        message.Request.Headers.SetValue("Content-Type", "application/xml; charset=utf-8");
        message.Request.Content = RequestContent.Create(Encoding.UTF8.GetBytes(
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?><KeyInfo><Start>{start}</Start><Expiry>{expiry}</Expiry></KeyInfo>"));
        var response = await SendAsync(message, Address.AccountName, "get user delegation key", cancellationToken);
        if (response.Status != 200)
        {
            throw Failure(response, Address.AccountName, "get user delegation key");
        }

        var key = XDocument.Parse(response.Content.ToString()).Root!;
        string Field(string name) => key.Element(name)?.Value ?? throw new LakeException($"{Address.AccountName}: user delegation key response lacks {name}.");
        return new UserDelegationKey(
            Field("SignedOid"), Field("SignedTid"), Field("SignedStart"), Field("SignedExpiry"), Field("SignedService"), Field("SignedVersion"), Field("Value"));
    }
}
