using Azure.Core;

namespace KoersInsights.Lake.Blob;

public sealed partial class BlobRestClient
{
    /// <summary>Create Container; false when it already existed.</summary>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Put, new Uri(Address.ContainerUri + "?restype=container"));
        var response = await SendAsync(message, Address.ContainerName, "create container", cancellationToken);
        return response.Status switch
        {
            201 => true,
            409 when ErrorCode(response) is "ContainerAlreadyExists" => false,
            _ => throw Failure(response, Address.ContainerName, "create container"),
        };
    }

    /// <summary>Delete Container; false when it did not exist.</summary>
    public async Task<bool> DeleteContainerIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, new Uri(Address.ContainerUri + "?restype=container"));
        var response = await SendAsync(message, Address.ContainerName, "delete container", cancellationToken);
        return response.Status switch
        {
            202 => true,
            404 => false,
            _ => throw Failure(response, Address.ContainerName, "delete container"),
        };
    }
}
