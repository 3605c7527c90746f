using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Core;

namespace KoersInsights.Lake.Blob;

public sealed partial class BlobRestClient
{
    /// <summary>
    /// Uploads <paramref name="content"/> as a block blob. Up to <see cref="BlobRestClientOptions.SingleUploadThreshold"/>
    /// it is one Put Blob; above it, Put Block (in parallel, each with Content-MD5 so the service rejects a corrupted
    /// block) and one Put Block List. Both commit atomically: readers never see a partly written blob.
    /// </summary>
    /// <exception cref="LakeConflictException">A condition in <paramref name="options"/> failed (409/412).</exception>
    public async Task<BlobContentInfo> UploadAsync(string blobName, Stream content, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new BlobUploadOptions();
        var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        using (md5)
        {
            var head = await ReadChunkAsync(content, Options.SingleUploadThreshold + 1, cancellationToken);
            md5.AppendData(head.Span);
            if (head.Length <= Options.SingleUploadThreshold)
            {
                return await PutBlobAsync(blobName, head, options, cancellationToken);
            }

            return await PutBlocksAsync(blobName, head, content, md5, options, cancellationToken);
        }
    }

    private async Task<BlobContentInfo> PutBlobAsync(string blobName, ReadOnlyMemory<byte> bytes, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        using var message = CreateBlobMessage(RequestMethod.Put, blobName);
        var headers = message.Request.Headers;
        headers.SetValue("x-ms-blob-type", "BlockBlob");
        headers.SetValue("Content-MD5", Convert.ToBase64String(MD5.HashData(bytes.Span)));
        SetBlobHttpHeaders(message.Request, options);
        message.Request.Content = RequestContent.Create(bytes);
        var response = await SendAsync(message, blobName, "upload", cancellationToken);
        return response.Status == 201 ? ContentInfo(response) : throw Failure(response, blobName, "upload");
    }

    private async Task<BlobContentInfo> PutBlocksAsync(
        string blobName, ReadOnlyMemory<byte> head, Stream content, IncrementalHash md5, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        var uploadId = Guid.NewGuid();
        var blockIds = new List<string>();
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(Options.MaxParallelBlocks);
        var inFlight = new List<Task>();
        try
        {
            // The head chunk was read to decide between Put Blob and blocks; it becomes the first blocks.
            for (var offset = 0; offset < head.Length; offset += Options.BlockSize)
            {
                var slice = head.Slice(offset, Math.Min(Options.BlockSize, head.Length - offset));
                await slots.WaitAsync(failed.Token);
                inFlight.Add(StageAndFreeAsync(NextBlockId(), slice, null));
            }

            while (true)
            {
                await slots.WaitAsync(failed.Token);
                var buffer = ArrayPool<byte>.Shared.Rent(Options.BlockSize);
                var read = await content.ReadAtLeastAsync(buffer.AsMemory(0, Options.BlockSize), Options.BlockSize, throwOnEndOfStream: false, failed.Token);
                if (read == 0)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    slots.Release();
                    break;
                }

                md5.AppendData(buffer, 0, read);
                inFlight.Add(StageAndFreeAsync(NextBlockId(), buffer.AsMemory(0, read), buffer));
            }

            await Task.WhenAll(inFlight);
        }
        catch (Exception e)
        {
            await failed.CancelAsync();
            await Task.WhenAll(inFlight.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
            // A failed block cancels the others; report the block's failure, not the cancellation it caused.
            var cause = inFlight.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!)
                .FirstOrDefault(x => x is not OperationCanceledException);
            if (cause is not null && e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                ExceptionDispatchInfo.Throw(cause);
            }

            throw;
        }

        return await CommitBlockListAsync(blobName, blockIds, Convert.ToBase64String(md5.GetHashAndReset()), options, cancellationToken);

        string NextBlockId()
        {
            var blockId = BlockId(uploadId, blockIds.Count);
            blockIds.Add(blockId);
            return blockId;
        }

        async Task StageAndFreeAsync(string blockId, ReadOnlyMemory<byte> block, byte[]? pooled)
        {
            try
            {
                await StageBlockAsync(blobName, blockId, block, options.Conditions?.LeaseId, failed.Token);
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
            finally
            {
                if (pooled is not null)
                {
                    ArrayPool<byte>.Shared.Return(pooled);
                }

                slots.Release();
            }
        }
    }

    /// <summary>Put Block: one uncommitted block, checked by the service against its Content-MD5.</summary>
    public async Task StageBlockAsync(string blobName, string blockId, ReadOnlyMemory<byte> block, string? leaseId = null, CancellationToken cancellationToken = default)
    {
        using var message = CreateBlobMessage(RequestMethod.Put, blobName, "comp=block&blockid=" + Uri.EscapeDataString(blockId));
        message.Request.Headers.SetValue("Content-MD5", Convert.ToBase64String(MD5.HashData(block.Span)));
        if (leaseId is not null)
        {
            message.Request.Headers.SetValue("x-ms-lease-id", leaseId);
        }

        message.Request.Content = RequestContent.Create(block);
        var response = await SendAsync(message, blobName, "upload block", cancellationToken);
        if (response.Status != 201)
        {
            throw Failure(response, blobName, "upload block");
        }
    }

    /// <summary>Put Block List: commits the staged blocks, in order, as the blob's new content.</summary>
    public async Task<BlobContentInfo> CommitBlockListAsync(
        string blobName, IReadOnlyList<string> blockIds, string? contentMd5, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var body = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>");
        foreach (var blockId in blockIds)
        {
            body.Append("<Latest>").Append(blockId).Append("</Latest>");
        }

        body.Append("</BlockList>");
        using var message = CreateBlobMessage(RequestMethod.Put, blobName, "comp=blocklist");
        if (contentMd5 is not null)
        {
            // Stored as the blob's Content-MD5: the service does not compute one for block blobs.
            message.Request.Headers.SetValue("x-ms-blob-content-md5", contentMd5);
        }

        message.Request.Headers.SetValue("Content-Type", "application/xml; charset=utf-8");
        SetBlobHttpHeaders(message.Request, options ?? new BlobUploadOptions());
        message.Request.Content = RequestContent.Create(Encoding.UTF8.GetBytes(body.ToString()));
        var response = await SendAsync(message, blobName, "commit blocks", cancellationToken);
        return response.Status == 201 ? ContentInfo(response) : throw Failure(response, blobName, "commit blocks");
    }

    /// <summary>Block ids must all have the same length within a blob; the upload id keeps concurrent uploads apart.</summary>
    private static string BlockId(Guid uploadId, int index)
    {
        Span<byte> bytes = stackalloc byte[20];
        uploadId.TryWriteBytes(bytes);
        BinaryPrimitives.WriteInt32BigEndian(bytes[16..], index);
        return Convert.ToBase64String(bytes);
    }

    private static void SetBlobHttpHeaders(Request request, BlobUploadOptions options)
    {
        if (options.ContentType is not null)
        {
            request.Headers.SetValue("x-ms-blob-content-type", options.ContentType);
        }

        foreach (var (name, value) in options.Metadata ?? LakeMetadata.Empty)
        {
            request.Headers.SetValue("x-ms-meta-" + name, value);
        }

        SetConditions(request, options.Conditions);
    }

    private static void SetConditions(Request request, BlobRequestConditions? conditions)
    {
        if (conditions?.IfMatch is { } ifMatch)
        {
            request.Headers.SetValue("If-Match", ifMatch);
        }

        if (conditions?.IfNoneMatch is { } ifNoneMatch)
        {
            request.Headers.SetValue("If-None-Match", ifNoneMatch);
        }

        if (conditions?.LeaseId is { } leaseId)
        {
            request.Headers.SetValue("x-ms-lease-id", leaseId);
        }
    }

    private static BlobContentInfo ContentInfo(Response response) => new(ETag(response), LastModified(response));

    private static string ETag(Response response) =>
        response.Headers.TryGetValue("ETag", out var value) ? value : string.Empty;

    private static DateTimeOffset LastModified(Response response) =>
        response.Headers.TryGetValue("Last-Modified", out var value)
            ? DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : DateTimeOffset.MinValue;

    private static async Task<ReadOnlyMemory<byte>> ReadChunkAsync(Stream content, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[Math.Min(limit, 1 << 16)];
        while (buffer.Length < limit)
        {
            var read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
