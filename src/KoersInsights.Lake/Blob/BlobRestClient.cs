using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace KoersInsights.Lake.Blob;

/// <summary>
/// A small Blob Storage REST client for one container, built on Azure.Core's HttpPipeline (retries, logging with
/// redaction, TokenCredential) like Azure.Storage.Blobs, whose method names it mirrors so a later swap stays small.
/// </summary>
public sealed partial class BlobRestClient
{
    /// <summary>Scope of Entra ID tokens for Azure Storage data-plane access.</summary>
    public const string StorageScope = "https://storage.azure.com/.default";

    private readonly HttpPipeline _pipeline;
    private readonly StorageSharedKey? _sharedKey;
    private readonly TokenCredential? _tokenCredential;

    /// <summary>Authenticates with the account key (development, Azurite).</summary>
    public BlobRestClient(BlobContainerAddress address, StorageSharedKey sharedKey, BlobRestClientOptions? options = null)
        : this(address, options ?? new BlobRestClientOptions(), new SharedKeyCredentialPolicy(sharedKey))
    {
        _sharedKey = sharedKey;
    }

    /// <summary>Authenticates with Entra ID tokens (managed identity in Azure); needs an https URL.</summary>
    public BlobRestClient(BlobContainerAddress address, TokenCredential credential, BlobRestClientOptions? options = null)
        : this(address, options ?? new BlobRestClientOptions(), new BearerTokenAuthenticationPolicy(credential, StorageScope))
    {
        _tokenCredential = credential;
    }

    private BlobRestClient(BlobContainerAddress address, BlobRestClientOptions options, HttpPipelinePolicy authentication)
    {
        Address = address;
        Options = options;
        _pipeline = HttpPipelineBuilder.Build(options, [], [authentication], new ResponseClassifier());
    }

    public BlobContainerAddress Address { get; }

    public BlobRestClientOptions Options { get; }

    /// <summary>True when requests and SAS are signed with the account key rather than Entra ID.</summary>
    public bool UsesSharedKey => _sharedKey is not null;

    private HttpMessage CreateMessage(RequestMethod method, Uri uri)
    {
        var message = _pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(uri);
        message.Request.Headers.SetValue("x-ms-version", BlobServiceVersion.Current);
        return message;
    }

    private HttpMessage CreateBlobMessage(RequestMethod method, string blobName, string? query = null) =>
        CreateMessage(method, query is null ? Address.BlobUri(blobName) : new Uri(Address.BlobUri(blobName) + "?" + query));

    private async Task<Response> SendAsync(HttpMessage message, string subject, string operation, CancellationToken cancellationToken)
    {
        try
        {
            await _pipeline.SendAsync(message, cancellationToken);
        }
        catch (RequestFailedException e)
        {
            // Transport failures after retries; the message holds host and port, never the query or headers.
            throw new LakeException($"{subject}: {operation} could not reach {BlobQuery.WithoutQuery(Address.ContainerUri)} ({BlobQuery.RedactSignature(e.Message)})", e);
        }

        return message.Response;
    }

    /// <summary>Maps an error response to the lake's exceptions, naming the object and never the credential.</summary>
    internal LakeException Failure(Response response, string subject, string operation)
    {
        var code = ErrorCode(response);
        var detail = code is null ? $"HTTP {response.Status}" : $"HTTP {response.Status} {code}";
        var where = BlobQuery.WithoutQuery(Address.ContainerUri);
        return response.Status switch
        {
            404 when code is "ContainerNotFound" => new LakeObjectNotFoundException(
                $"{subject}: container {where} does not exist ({detail})", new RequestFailedException(response.Status, detail)),
            404 => new LakeObjectNotFoundException(subject),
            403 => new LakeAccessDeniedException($"{subject}: {operation} was denied by {where} ({detail}); check the credential and its role on the container."),
            409 or 412 => new LakeConflictException($"{subject}: {operation} conflicted ({detail})."),
            _ => new LakeException($"{subject}: {operation} failed ({detail})."),
        };
    }

    internal static string? ErrorCode(Response response) =>
        response.Headers.TryGetValue("x-ms-error-code", out var code) ? code : null;
}
