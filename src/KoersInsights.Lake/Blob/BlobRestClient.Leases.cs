using System.Globalization;
using Azure;
using Azure.Core;

namespace KoersInsights.Lake.Blob;

public sealed partial class BlobRestClient
{
    /// <summary>
    /// Lease Blob, action acquire: 15–60 seconds or infinite (<see cref="Timeout.InfiniteTimeSpan"/>). Returns the
    /// lease id, or null when another holder has the lease (409 LeaseAlreadyPresent).
    /// </summary>
    public async Task<string?> AcquireLeaseAsync(string blobName, TimeSpan duration, string? proposedLeaseId = null, CancellationToken cancellationToken = default)
    {
        var seconds = duration == Timeout.InfiniteTimeSpan ? -1 : (int)duration.TotalSeconds;
        if (seconds != -1 && (seconds < 15 || seconds > 60 || duration.TotalSeconds != seconds))
        {
            throw new LakeException($"{blobName}: a blob lease lasts 15 to 60 whole seconds or is infinite (asked: {duration}).");
        }

        using var message = LeaseMessage(blobName, "acquire", null);
        message.Request.Headers.SetValue("x-ms-lease-duration", seconds.ToString(CultureInfo.InvariantCulture));
        message.Request.Headers.SetValue("x-ms-proposed-lease-id", proposedLeaseId ?? Guid.NewGuid().ToString());
        var response = await SendAsync(message, blobName, "acquire lease", cancellationToken);
        return response.Status switch
        {
            201 => response.Headers.TryGetValue("x-ms-lease-id", out var id) ? id : throw new LakeException($"{blobName}: the lease response carried no lease id."),
            409 when ErrorCode(response) is "LeaseAlreadyPresent" => null,
            _ => throw Failure(response, blobName, "acquire lease"),
        };
    }

    /// <summary>Lease Blob, action renew. 409 (expired and taken, or broken) becomes <see cref="LakeLeaseLostException"/>.</summary>
    public Task RenewLeaseAsync(string blobName, string leaseId, CancellationToken cancellationToken = default) =>
        HeldLeaseActionAsync(blobName, leaseId, "renew", cancellationToken);

    /// <summary>Lease Blob, action release.</summary>
    public Task ReleaseLeaseAsync(string blobName, string leaseId, CancellationToken cancellationToken = default) =>
        HeldLeaseActionAsync(blobName, leaseId, "release", cancellationToken);

    /// <summary>Lease Blob, action break with a zero break period: the lease ends now, whoever holds it.</summary>
    public async Task BreakLeaseAsync(string blobName, CancellationToken cancellationToken = default)
    {
        using var message = LeaseMessage(blobName, "break", null);
        message.Request.Headers.SetValue("x-ms-lease-break-period", "0");
        var response = await SendAsync(message, blobName, "break lease", cancellationToken);
        var nothingToBreak = response.Status == 404 || (response.Status == 409 && ErrorCode(response) is "LeaseNotPresentWithLeaseOperation");
        if (response.Status != 202 && !nothingToBreak)
        {
            throw Failure(response, blobName, "break lease");
        }
    }

    private async Task HeldLeaseActionAsync(string blobName, string leaseId, string action, CancellationToken cancellationToken)
    {
        using var message = LeaseMessage(blobName, action, leaseId);
        var response = await SendAsync(message, blobName, action + " lease", cancellationToken);
        if (response.Status == 409)
        {
            throw new LakeLeaseLostException($"{blobName}: the lease was lost before {action} ({ErrorCode(response)}).");
        }

        if (response.Status != 200)
        {
            throw Failure(response, blobName, action + " lease");
        }
    }

    private HttpMessage LeaseMessage(string blobName, string action, string? leaseId)
    {
        var message = CreateBlobMessage(RequestMethod.Put, blobName, "comp=lease");
        message.Request.Headers.SetValue("x-ms-lease-action", action);
        if (leaseId is not null)
        {
            message.Request.Headers.SetValue("x-ms-lease-id", leaseId);
        }

        return message;
    }
}
