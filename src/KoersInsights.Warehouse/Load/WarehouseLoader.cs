using System.Diagnostics;
using KoersInsights.Core;
using KoersInsights.Core.Region;
using KoersInsights.Lake;
using KoersInsights.Warehouse.Quality;
using Npgsql;

namespace KoersInsights.Warehouse.Load;

/// <summary>
/// Bronze → stg (binary COPY) → dw (set-based SQL, dw.load_staged) for reference data and DUO counts; row-grain facts
/// by binary COPY straight into dw (<see cref="FactCopier"/>); → fact_indicator (dw.recompute_indicators for the
/// affected schooljaren) → quality gates, all in ONE transaction: a load that dies or is cancelled leaves nothing
/// behind, and the next one does the same work again (reliability-privacy.md §2). A session advisory lock keeps two
/// loaders from interleaving; the second returns <see cref="LoadSummary.SkippedBecauseLocked"/> without writing (§4).
/// </summary>
public sealed partial class WarehouseLoader(SwvRegion? region = null, IReadOnlyList<SecurityScope>? securityScopes = null)
{
    /// <summary>Advisory lock key of the load ("KOERSLOAD"), distinct from the migrator's.</summary>
    private const long LockKey = 0x4B4F4552534C4F;

    private readonly SwvRegion _region = region ?? SwvRegion.KoersVo;

    /// <summary>Loads every current delivery of the lake's manifest that dw does not hold yet (and unloads superseded ones).</summary>
    public Task<LoadSummary> LoadAsync(ILakeStore lake, string connectionString, IProgress<LoadProgress>? progress, CancellationToken ct) =>
        LoadAsync(new LakeBronzeSource(lake), connectionString, progress, ct);

    /// <summary>As above from any bronze source (tests use an in-memory one).</summary>
    public Task<LoadSummary> LoadAsync(
        IBronzeSource bronze, string connectionString, IProgress<LoadProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bronze);
        return LoadCoreAsync(bronze, connectionString, progress, ct);
    }

    private async Task<LoadSummary> LoadCoreAsync(
        IBronzeSource bronze, string connectionString, IProgress<LoadProgress>? progress, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        // A 1 MiB write buffer instead of Npgsql's 8 KiB: COPY then reaches the server in large reads, not one per
        // 8 KiB (load benchmark, issue 6).
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.WriteBufferSize = Math.Max(1 << 20, builder.WriteBufferSize);
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        if (!await ScalarAsync<bool>(connection, null, $"SELECT pg_try_advisory_lock({LockKey})", ct))
        {
            return LoadSummary.SkippedBecauseLocked;
        }

        long runId = 0;
        try
        {
            // Whoever was 'running' before we got the lock died: its transaction rolled back, nothing of it is visible.
            await ExecuteAsync(connection, null,
                "UPDATE etl.load_run SET status = 'abandoned', finished_at = clock_timestamp(), " +
                "message = 'the loader stopped before committing; nothing of it is visible' WHERE status = 'running'", ct);
            runId = await ScalarAsync<long>(connection, null, "INSERT INTO etl.load_run (status) VALUES ('running') RETURNING load_run_id", ct);

            var manifest = await bronze.ReadManifestAsync(ct);
            var summary = await RunAsync(connection, bronze, manifest, runId, progress, ct);
            return summary with { Duration = stopwatch.Elapsed };
        }
        catch (Exception ex) when (runId != 0)
        {
            var cancelled = ex is OperationCanceledException;
            await FinishAsync(connectionString, runId, cancelled ? "cancelled" : "failed", ex.Message);
            if (cancelled || ex is KoersException)
            {
                throw;
            }

            if (ex is PostgresException pg)
            {
                throw new KoersException($"warehouse load failed and was rolled back: {pg.MessageText} ({pg.SqlState}){Where(pg)}", ex);
            }

            throw;
        }
        finally
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
            }
        }
    }

    private async Task<LoadSummary> RunAsync(
        NpgsqlConnection connection, IBronzeSource bronze, IReadOnlyList<DeliveryEntry> manifest, long runId,
        IProgress<LoadProgress>? progress, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        var plan = DeliveryPlan.Create(manifest, await InWarehouseAsync(connection, tx, ct));
        var regionChanged = await RegionWriter.WriteAsync(connection, tx, _region, ct);
        if (securityScopes is not null)
        {
            await WriteSecurityScopesAsync(connection, tx, securityScopes, ct);
        }

        var copier = await StagingCopier.CreateAsync(connection, tx, ct);
        var facts = await FactCopier.CreateAsync(connection, tx, ct);
        await ExecuteAsync(connection, tx, "TRUNCATE stg.delivery, stg.affected_schooljaar, stg.load_span, stg.fact_key, stg.vestiging_snapshot, " +
            string.Join(", ", copier.Entities.Select(e => "stg." + e)), ct);

        var ignored = plan.ToLoad.Where(d => !copier.Uses(d.Entity) && !FactCopier.Uses(d.Entity)).ToList();
        var staged = plan.ToLoad.Where(d => copier.Uses(d.Entity)).ToList();
        var direct = plan.ToLoad.Where(d => FactCopier.Uses(d.Entity)).ToList();
        var loaded = staged.Concat(direct).ToList();
        await WriteDeliveriesAsync(connection, tx, loaded.Select(d => (d, "load")).Concat(plan.ToRemove.Select(d => (d, "remove"))), ct);

        var rowsPerDelivery = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < staged.Count; i++)
        {
            var delivery = staged[i];
            progress?.Report(new LoadProgress("staging", i, staged.Count, delivery.DeliveryId));
            rowsPerDelivery[delivery.DeliveryId] = await copier.CopyAsync(connection, delivery, bronze.ReadAsync(delivery, ct), ct);
        }

        if (direct.Count > 0)
        {
            progress?.Report(new LoadProgress("keys", 0, 0, $"natural keys of {Counted.Of(direct.Count, "fact delivery", "fact deliveries")}"));
            await FactCopier.ScanKeysAsync(connection, bronze, direct, ct);
        }

        progress?.Report(new LoadProgress("transform", staged.Count, staged.Count, "stg → dw"));
        var rowsPerEntity = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT entity, rows_loaded FROM dw.load_staged()", connection, tx) { CommandTimeout = 0 })
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                rowsPerEntity[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        await facts.LoadKeysAsync(connection, tx, ct);
        foreach (var entity in direct.Select(d => d.Entity).Distinct())
        {
            rowsPerEntity[entity] = 0;
        }

        for (var i = 0; i < direct.Count; i++)
        {
            var delivery = direct[i];
            progress?.Report(new LoadProgress("copying", i, direct.Count, delivery.DeliveryId));
            var rows = await facts.CopyAsync(connection, delivery, bronze.ReadAsync(delivery, ct), ct);
            rowsPerDelivery[delivery.DeliveryId] = rows;
            rowsPerEntity[delivery.Entity] += rows;
        }

        progress?.Report(new LoadProgress("spans", 0, 0, "schooljaren the load touches"));
        await ExecuteAsync(connection, tx, "SELECT dw.finish_load()", ct);
        var schooljaren = await AffectedSchooljarenAsync(connection, tx, regionChanged, ct);
        progress?.Report(new LoadProgress("indicators", 0, 0, $"{schooljaren.Count} schooljaren"));
        var indicatorRows = schooljaren.Count == 0 ? 0
            : await ScalarAsync<long>(connection, tx, "SELECT dw.recompute_indicators($1)", ct, schooljaren.ToArray());

        await RecordDeliveriesAsync(connection, tx, runId, loaded, plan.ToRemove, ignored, rowsPerDelivery, ct);
        progress?.Report(new LoadProgress("gates", 0, 0, "quality gates"));
        var gates = await QualityGates.RunAsync(connection, tx, runId, ct);
        var status = gates.All(g => g.Passed) ? "succeeded" : "failed";
        await ExecuteAsync(connection, tx,
            "UPDATE etl.load_run SET status = $2, finished_at = clock_timestamp(), gates_passed = $3, deliveries_loaded = $4, " +
            "deliveries_removed = $5, rows_loaded = $6, schooljaren_recomputed = $7, message = $8 WHERE load_run_id = $1", ct,
            runId, status, gates.All(g => g.Passed), loaded.Count, plan.ToRemove.Count, rowsPerDelivery.Values.Sum(),
            schooljaren.Select(s => $"{s}-{s + 1}").ToArray(),
            gates.All(g => g.Passed) ? (object)DBNull.Value : "quality gates failed: " + string.Join(", ", gates.Where(g => !g.Passed).Select(g => g.Name)));
        await tx.CommitAsync(ct);

        return new LoadSummary(runId, status, loaded.Select(d => d.DeliveryId).ToList(), plan.ToRemove.Select(d => d.DeliveryId).ToList(),
            ignored.Select(d => d.DeliveryId).ToList(), rowsPerEntity, schooljaren, indicatorRows, gates, TimeSpan.Zero);
    }
}
