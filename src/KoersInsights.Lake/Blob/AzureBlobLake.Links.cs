namespace KoersInsights.Lake.Blob;

public sealed partial class AzureBlobLake
{
    /// <summary>
    /// A read-only SAS link: <c>sr=b</c> for one object; for a prefix <c>sr=d</c> on a hierarchical-namespace account,
    /// or <c>sr=c</c> for the whole container (prefix ""). Signed with the account key when there is one, otherwise
    /// with a user delegation key fetched with the Entra ID credential.
    /// </summary>
    public async Task<Uri> CreateReadLinkAsync(string pathOrPrefix, TimeSpan validFor, CancellationToken cancellationToken = default)
    {
        LakeReadLinks.ValidateValidity(pathOrPrefix, validFor);
        BlobSasResource resource;
        if (!LakePath.IsFolderPrefix(pathOrPrefix))
        {
            LakePath.ValidateObject(pathOrPrefix);
            resource = BlobSasResource.Blob;
        }
        else
        {
            LakePath.ValidatePrefix(pathOrPrefix);
            resource = pathOrPrefix.Length == 0 ? BlobSasResource.Container
                : _options.HierarchicalNamespace ? BlobSasResource.Directory
                : throw new LakeException(
                    $"{pathOrPrefix}: a link to a folder needs a storage account with hierarchical namespace (a container link would expose other folders); share the objects one by one instead.");
        }

        var expiresOn = DateTimeOffset.UtcNow + validFor;
        var delegationKey = Client.UsesSharedKey ? null : await Client.GetUserDelegationKeyAsync(expiresOn.AddMinutes(5), cancellationToken);
        return Client.GenerateReadSasUri(resource, pathOrPrefix, expiresOn, delegationKey);
    }
}
