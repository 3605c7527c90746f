using System.Globalization;

namespace KoersInsights.Lake.Local;

public sealed partial class LocalFolderLake
{
    private const string LeaseExtension = ".lease";

    public async Task<ILakeLease?> TryAcquireLeaseAsync(string path, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        if (duration <= TimeSpan.Zero && duration != Timeout.InfiniteTimeSpan)
        {
            throw new LakeException($"{path}: a lease needs a positive duration or Timeout.InfiniteTimeSpan.");
        }

        if (!File.Exists(ObjectFile(path)))
        {
            await TryCreateAsync(path, Stream.Null, cancellationToken: cancellationToken);
        }

        var current = ReadCurrentLease(path);
        var now = _time.GetUtcNow();
        if (current is not null && current.IsActive(now))
        {
            return null;
        }

        var lease = new LocalLeaseRecord((current?.Generation ?? 0) + 1, Guid.NewGuid().ToString(), ExpiryFrom(now, duration), LocalLeaseState.Held);
        var file = LeaseFile(path, lease.Generation);
        var temp = await WriteSmallTempFileAsync(file, lease.Serialize(), cancellationToken);
        if (!NoReplaceMove.TryMove(temp, file))
        {
            File.Delete(temp);
            return null;
        }

        // The previous holder may have renewed between our read and our create; its renewal wins and we step back,
        // so there are never two holders (the renewer checks for a newer generation after writing).
        if (current is not null && ReadLease(path, current.Generation) is { } previous && previous.IsActive(_time.GetUtcNow()))
        {
            File.Delete(file);
            return null;
        }

        DeleteOlderGenerations(path, lease.Generation);
        return new LocalLakeLease(this, path, lease, duration);
    }

    public async Task BreakLeaseAsync(string path, CancellationToken cancellationToken = default)
    {
        LakePath.ValidateObject(path);
        if (ReadCurrentLease(path) is { } current && current.State == LocalLeaseState.Held)
        {
            var broken = current with { State = LocalLeaseState.Broken, ExpiresOn = _time.GetUtcNow() };
            await WriteSmallFileAtomicallyAsync(LeaseFile(path, current.Generation), broken.Serialize(), cancellationToken);
        }
    }

    internal async Task<LocalLeaseRecord> RenewLeaseAsync(string path, LocalLeaseRecord held, TimeSpan duration, CancellationToken cancellationToken)
    {
        var current = ReadCurrentLease(path);
        if (current is null || current.Generation != held.Generation || current.LeaseId != held.LeaseId || current.State != LocalLeaseState.Held)
        {
            throw new LakeLeaseLostException($"{path}: the lease was lost (expired and taken, released or broken).");
        }

        var renewed = current with { ExpiresOn = ExpiryFrom(_time.GetUtcNow(), duration) };
        await WriteSmallFileAtomicallyAsync(LeaseFile(path, held.Generation), renewed.Serialize(), cancellationToken);
        if (ReadCurrentLease(path)?.Generation != held.Generation)
        {
            throw new LakeLeaseLostException($"{path}: the lease expired and another holder took it.");
        }

        return renewed;
    }

    internal async Task ReleaseLeaseAsync(string path, LocalLeaseRecord held, CancellationToken cancellationToken)
    {
        var current = ReadCurrentLease(path);
        if (current is null || current.Generation != held.Generation || current.LeaseId != held.LeaseId)
        {
            throw new LakeLeaseLostException($"{path}: the lease was lost before it was released.");
        }

        if (current.State == LocalLeaseState.Held)
        {
            var released = current with { State = LocalLeaseState.Released };
            await WriteSmallFileAtomicallyAsync(LeaseFile(path, held.Generation), released.Serialize(), cancellationToken);
        }
    }

    private static DateTimeOffset ExpiryFrom(DateTimeOffset now, TimeSpan duration) =>
        duration == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : now + duration;

    private string LeaseFolder(string path) =>
        Path.Combine(_root, MetaFolderName, "leases", path.Replace('/', Path.DirectorySeparatorChar));

    private string LeaseFile(string path, long generation) =>
        Path.Combine(LeaseFolder(path), generation.ToString("D19", CultureInfo.InvariantCulture) + LeaseExtension);

    private LocalLeaseRecord? ReadCurrentLease(string path)
    {
        var generations = Generations(path);
        return generations.Count == 0 ? null : ReadLease(path, generations[^1]);
    }

    private LocalLeaseRecord? ReadLease(string path, long generation)
    {
        try
        {
            return LocalLeaseRecord.Parse(generation, File.ReadAllText(LeaseFile(path, generation)))
                ?? throw new LakeException($"{path}: lease file generation {generation} is unreadable; break the lease to clear it.");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private List<long> Generations(string path)
    {
        var folder = LeaseFolder(path);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var generations = new List<long>();
        foreach (var file in Directory.EnumerateFiles(folder, "*" + LeaseExtension))
        {
            if (long.TryParse(Path.GetFileNameWithoutExtension(file), NumberStyles.None, CultureInfo.InvariantCulture, out var generation))
            {
                generations.Add(generation);
            }
        }

        generations.Sort();
        return generations;
    }

    private void DeleteOlderGenerations(string path, long current)
    {
        foreach (var generation in Generations(path).Where(g => g < current - 1))
        {
            File.Delete(LeaseFile(path, generation));
        }
    }
}
