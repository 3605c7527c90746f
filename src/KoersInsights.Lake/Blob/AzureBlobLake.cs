using Azure.Core;
using Azure.Identity;

namespace KoersInsights.Lake.Blob;

/// <summary>
/// The lake as one Azure Blob Storage container (<c>KOERS_LAKE</c> is its URL). Authenticates with the account
/// key when one is given (development, Azurite), otherwise with DefaultAzureCredential (managed identity in Azure,
/// where shared-key access stays disabled: reliability-privacy.md item 20).
/// </summary>
public sealed partial class AzureBlobLake : ILakeStore
{
    private readonly AzureBlobLakeOptions _options;
    private readonly Lazy<Task> _containerReady;

    public AzureBlobLake(BlobRestClient client, AzureBlobLakeOptions? options = null)
    {
        Client = client;
        _options = options ?? new AzureBlobLakeOptions();
        _containerReady = new Lazy<Task>(EnsureContainerAsync);
    }

    /// <summary>From a container URL and an optional account key (null: DefaultAzureCredential).</summary>
    public static AzureBlobLake Create(string containerUrl, string? accountKey, AzureBlobLakeOptions? options = null, TokenCredential? credential = null)
    {
        var address = BlobContainerAddress.Parse(containerUrl);
        options ??= new AzureBlobLakeOptions();
        if (!string.IsNullOrWhiteSpace(accountKey))
        {
            return new AzureBlobLake(new BlobRestClient(address, new StorageSharedKey(address.AccountName, accountKey), options.Client), options);
        }

        if (address.ServiceUri.Scheme != Uri.UriSchemeHttps)
        {
            throw new LakeException($"{address.ContainerUri}: Entra ID tokens are only sent over https; for a local emulator set KOERS_LAKE_KEY.");
        }

        return new AzureBlobLake(new BlobRestClient(address, credential ?? new DefaultAzureCredential(), options.Client), options);
    }

    public BlobRestClient Client { get; }

    public string Location => Client.Address.ContainerUri.AbsoluteUri;

    public async Task WriteAsync(string path, Stream content, LakeWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var upload = UploadOptions(path, options, conditions: null);
        await _containerReady.Value;
        await Client.UploadAsync(path, content, upload, cancellationToken);
    }

    public async Task<bool> TryCreateAsync(string path, Stream content, LakeWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var upload = UploadOptions(path, options, BlobRequestConditions.IfNotExists);
        await _containerReady.Value;
        try
        {
            await Client.UploadAsync(path, content, upload, cancellationToken);
            return true;
        }
        catch (LakeConflictException)
        {
            // With If-None-Match: * every conflict (409 BlobAlreadyExists, 412, or a lease on it) means it exists.
            return false;
        }
    }

    public async Task<Stream> OpenReadAsync(string path, CancellationToken cancellationToken = default) =>
        await Client.OpenReadAsync(LakePath.ValidateObject(path), cancellationToken);

    public async IAsyncEnumerable<LakeItem> ListAsync(string prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var blob in Client.GetBlobsAsync(LakePath.ValidatePrefix(prefix), cancellationToken))
        {
            yield return ToItem(blob);
        }
    }

    public async Task<LakeItem?> GetPropertiesAsync(string path, CancellationToken cancellationToken = default) =>
        await Client.GetPropertiesAsync(LakePath.ValidateObject(path), cancellationToken) is { } blob ? ToItem(blob) : null;

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        Client.DeleteIfExistsAsync(LakePath.ValidateObject(path), cancellationToken: cancellationToken);

    private static BlobUploadOptions UploadOptions(string path, LakeWriteOptions? options, BlobRequestConditions? conditions) =>
        new(options?.ContentType, LakeMetadata.Normalize(LakePath.ValidateObject(path), options?.Metadata), conditions);

    private static LakeItem ToItem(BlobProperties blob) =>
        new(blob.Name, blob.ContentLength, blob.LastModified, blob.ContentMd5, blob.Metadata);

    private async Task EnsureContainerAsync()
    {
        try
        {
            await Client.CreateIfNotExistsAsync();
        }
        catch (LakeAccessDeniedException)
        {
            // A data-plane role may write blobs without being allowed to create containers; if the container is
            // really missing, the write itself reports it.
        }
    }
}
