using System.Runtime.CompilerServices;
using System.Text.Json;
using KoersInsights.Core;
using KoersInsights.Lake;

namespace KoersInsights.Ingestion.Manifest;

/// <summary>
/// Reads and writes the delivery manifest in the lake. Used by ingestion (has this delivery been processed?), by
/// <c>./koers status</c> and by the warehouse load (which deliveries are current).
/// </summary>
public sealed class DeliveryManifest(ILakeStore lake)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public async Task<bool> ExistsAsync(string deliveryId, CancellationToken cancellationToken = default) =>
        await lake.GetPropertiesAsync(DeliveryIds.ManifestPath(deliveryId), cancellationToken) is not null;

    /// <returns>Null when there is no entry for <paramref name="deliveryId"/>.</returns>
    public async Task<DeliveryManifestEntry?> ReadAsync(string deliveryId, CancellationToken cancellationToken = default)
    {
        var path = DeliveryIds.ManifestPath(deliveryId);
        try
        {
            await using var stream = await lake.OpenReadAsync(path, cancellationToken);
            return await JsonSerializer.DeserializeAsync<DeliveryManifestEntry>(stream, Json, cancellationToken)
                ?? throw new KoersException($"{path}: empty manifest entry");
        }
        catch (LakeObjectNotFoundException)
        {
            return null;
        }
        catch (JsonException ex)
        {
            throw new KoersException($"{path}: not a valid manifest entry ({ex.Message})", ex);
        }
    }

    /// <summary>Every entry, in delivery-id order.</summary>
    public async IAsyncEnumerable<DeliveryManifestEntry> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in lake.ListAsync(DeliveryIds.ManifestPrefix, cancellationToken))
        {
            if (!item.Path.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            var id = item.Path[DeliveryIds.ManifestPrefix.Length..^".json".Length];
            if (await ReadAsync(id, cancellationToken) is { } entry)
            {
                yield return entry;
            }
        }
    }

    /// <summary>
    /// Creates the entry unless it exists (If-None-Match: *). False means another ingester recorded this delivery
    /// first, and the caller must treat it as already processed.
    /// </summary>
    public async Task<bool> TryCreateAsync(DeliveryManifestEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var content = new MemoryStream(Serialize(entry));
        return await lake.TryCreateAsync(
            DeliveryIds.ManifestPath(entry.DeliveryId), content, new LakeWriteOptions("application/json"), cancellationToken);
    }

    public static byte[] Serialize(DeliveryManifestEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, Json);

    /// <summary>
    /// The supersede rule of docs/lake.md: per (source, entity, logical name) only the entry with the latest
    /// <c>ingested_at</c> among those that were loaded (fully or partly) counts; a re-delivery refused as a whole
    /// does not wipe out the last good one. Ties are broken by delivery id, so the choice is stable.
    /// </summary>
    public static IReadOnlyList<DeliveryManifestEntry> Current(IEnumerable<DeliveryManifestEntry> entries) =>
        [.. entries
            .Where(e => e.Status != DeliveryStatus.Quarantined)
            .GroupBy(e => (e.Source, e.Entity, e.LogicalName))
            .Select(g => g.OrderByDescending(e => e.IngestedAt).ThenByDescending(e => e.DeliveryId, StringComparer.Ordinal).First())
            .OrderBy(e => e.DeliveryId, StringComparer.Ordinal)];
}
