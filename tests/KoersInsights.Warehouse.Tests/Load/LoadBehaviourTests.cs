using KoersInsights.TestSupport;
using KoersInsights.Warehouse.Load;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace KoersInsights.Warehouse.Tests.Load;

/// <summary>Idempotency, atomicity under cancellation and a dropped connection, the advisory lock, failing gates.</summary>
public sealed class LoadBehaviourTests
{
    private const long LoadLockKey = 0x4B4F4552534C4F;

    [PostgresFact]
    public async Task Loading_again_and_reloading_the_same_deliveries_leave_every_dw_table_identical()
    {
        await using var db = await WarehouseDb.CreateMigratedAsync("wh_idem");
        var lake = new InMemoryBronze();
        FixtureRegion.AddFirstLoad(lake);
        FixtureRegion.AddSecondLoad(lake);
        var loader = new WarehouseLoader();
        await loader.LoadAsync(lake, db.ConnectionString, null, CancellationToken.None);
        var loaded = await WarehouseDb.ChecksumsAsync(db.ConnectionString);

        var again = await loader.LoadAsync(lake, db.ConnectionString, null, CancellationToken.None);
        Assert.Empty(again.DeliveriesLoaded);
        Assert.Equal(loaded, await WarehouseDb.ChecksumsAsync(db.ConnectionString));

        // Forget what was loaded: the next load processes every delivery again, and dw ends up the same.
        await WarehouseDb.QueryAsync(db.ConnectionString, "DELETE FROM etl.delivery_load");
        var reload = await loader.LoadAsync(lake, db.ConnectionString, null, CancellationToken.None);
        Assert.NotEmpty(reload.DeliveriesLoaded);
        Assert.Equal(loaded, await WarehouseDb.ChecksumsAsync(db.ConnectionString));
    }

    [PostgresFact]
    public async Task A_cancelled_or_killed_load_leaves_nothing_visible_and_the_next_load_completes()
    {
        await using var db = await WarehouseDb.CreateMigratedAsync("wh_atomic");
        var lake = new InMemoryBronze();
        FixtureRegion.AddFirstLoad(lake);
        var empty = await WarehouseDb.ChecksumsAsync(db.ConnectionString);

        using var cts = new CancellationTokenSource();
        var cancelling = new InterruptingBronze(lake, at: 12, () =>
        {
            cts.Cancel();
            return Task.CompletedTask;
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new WarehouseLoader().LoadAsync(cancelling, db.ConnectionString, null, cts.Token));
        Assert.Equal(empty, await WarehouseDb.ChecksumsAsync(db.ConnectionString));
        Assert.Equal("cancelled", await WarehouseDb.ScalarAsync<string>(db.ConnectionString, "SELECT status FROM etl.load_run ORDER BY load_run_id DESC LIMIT 1"));

        // The loader's server session dies mid-COPY (as when its process is killed): the transaction never commits.
        var killing = new InterruptingBronze(lake, at: 20, async () =>
        {
            await using var other = new NpgsqlConnection(db.ConnectionString);
            await other.OpenAsync();
            await using var kill = new NpgsqlCommand(
                $"SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = {LoadLockKey & 0xFFFFFFFF} AND pid <> pg_backend_pid() AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", other);
            await kill.ExecuteNonQueryAsync();
        });
        await Assert.ThrowsAnyAsync<Exception>(() => new WarehouseLoader().LoadAsync(killing, db.ConnectionString, null, CancellationToken.None));
        Assert.Equal(empty, await WarehouseDb.ChecksumsAsync(db.ConnectionString));

        var next = await new WarehouseLoader().LoadAsync(lake, db.ConnectionString, null, CancellationToken.None);
        Assert.Equal("succeeded", next.Status);
        await using var reference = await WarehouseDb.CreateMigratedAsync("wh_ref");
        await new WarehouseLoader().LoadAsync(lake, reference.ConnectionString, null, CancellationToken.None);
        Assert.Equal(await FixtureLoad.Values(reference.ConnectionString), await FixtureLoad.Values(db.ConnectionString));
        Assert.Equal(0L, await WarehouseDb.ScalarAsync<long>(db.ConnectionString, "SELECT count(*) FROM etl.load_run WHERE status = 'running'"));
    }

    [PostgresFact]
    public async Task A_second_loader_exits_without_writing_while_the_first_holds_the_lock()
    {
        await using var db = await WarehouseDb.CreateMigratedAsync("wh_lock");
        var lake = new InMemoryBronze();
        FixtureRegion.AddFirstLoad(lake);
        await using var holder = new NpgsqlConnection(db.ConnectionString);
        await holder.OpenAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({LoadLockKey})", holder))
        {
            await take.ExecuteNonQueryAsync();
        }

        var summary = await new WarehouseLoader().LoadAsync(lake, db.ConnectionString, null, CancellationToken.None);
        Assert.True(summary.Skipped);
        Assert.Contains("another load", summary.ToString(), StringComparison.Ordinal);
        Assert.Equal(0L, await WarehouseDb.ScalarAsync<long>(db.ConnectionString, "SELECT count(*) FROM etl.load_run"));
    }

    [PostgresFact]
    public async Task A_failed_quality_gate_marks_the_load_failed_and_shows_in_laatste_load()
    {
        await using var db = await WarehouseDb.CreateMigratedAsync("wh_gate");
        var lake = new InMemoryBronze();
        lake.Add("schools", "doorstroom", "doorstroom_11aa00_2023-2024", "2023-2024", DateTimeOffset.UnixEpoch,
            [FixtureRegion.P(1), "11AA00", "2023-2024", "HAVO", 3, "gezakt", false, false, false]);
        var summary = await new WarehouseLoader().LoadAsync(lake, db.ConnectionString, null, CancellationToken.None);

        Assert.Equal("failed", summary.Status);
        Assert.Equal(["accepted_doorstroom_uitkomst"], summary.Gates.Where(g => !g.Passed).Select(g => g.Name));
        Assert.Contains("FAILED accepted_doorstroom_uitkomst", summary.ToString(), StringComparison.Ordinal);
        var latest = (await WarehouseDb.QueryAsync(db.ConnectionString, "SELECT status, gates_passed, failed_gates FROM rpt.laatste_load")).Single();
        Assert.Equal("failed", latest[0]);
        Assert.Equal(false, latest[1]);
        Assert.Equal(new[] { "accepted_doorstroom_uitkomst" }, (string[])latest[2]!);
    }

    [PostgresFact]
    public async Task A_fact_row_without_a_school_code_fails_the_load_naming_delivery_line_column_and_rule()
    {
        await using var db = await WarehouseDb.CreateMigratedAsync("wh_nokey");
        var lake = new InMemoryBronze();
        FixtureRegion.AddFirstLoad(lake);
        var empty = await WarehouseDb.ChecksumsAsync(db.ConnectionString);
        var bad = lake.Add("schools", "trajectvoorziening", "trajectvoorziening_nokey_2023-2024", "2023-2024", DateTimeOffset.UnixEpoch,
            [FixtureRegion.P(7), "11AA00", "2023-09-01", "gedrag", null, null, "HAVO", 2, false, "0599"],
            [FixtureRegion.P(8), null, "2023-09-02", "gedrag", null, null, "HAVO", 2, false, "0599"]);

        var error = await Assert.ThrowsAsync<KoersInsights.Core.KoersException>(
            () => new WarehouseLoader().LoadAsync(lake, db.ConnectionString, null, CancellationToken.None));

        Assert.Contains($"{bad.DeliveryId}, line 3, column vestigingscode, value (empty): must name a known member", error.Message, StringComparison.Ordinal);
        Assert.Equal(empty, await WarehouseDb.ChecksumsAsync(db.ConnectionString));
    }

    [PostgresFact]
    public async Task A_fact_row_in_a_schooljaar_the_warehouse_does_not_know_fails_the_load()
    {
        await using var db = await WarehouseDb.CreateMigratedAsync("wh_badyear");
        var lake = new InMemoryBronze();
        var bad = lake.Add("schools", "doorstroom", "doorstroom_11aa00_2203-2204", "2023-2024", DateTimeOffset.UnixEpoch,
            [FixtureRegion.P(1), "11AA00", "2203-2204", "HAVO", 3, "bevorderd", false, false, false]);

        var error = await Assert.ThrowsAsync<KoersInsights.Core.KoersException>(
            () => new WarehouseLoader().LoadAsync(lake, db.ConnectionString, null, CancellationToken.None));

        Assert.Contains($"{bad.DeliveryId}, line 2, column schooljaar, value '2203-2204': must be a schooljaar the warehouse knows", error.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_fact_row_naming_an_unknown_school_fails_the_relationship_gate()
    {
        await using var db = await WarehouseDb.CreateMigratedAsync("wh_relgate");
        var lake = new InMemoryBronze();
        FixtureRegion.AddFirstLoad(lake);
        var summary = await new WarehouseLoader().LoadAsync(lake, db.ConnectionString, null, CancellationToken.None);
        Assert.Equal("succeeded", summary.Status);

        // Facts carry no per-row foreign keys (the loader resolves them); the gate is what catches a stray key.
        await WarehouseDb.QueryAsync(db.ConnectionString, """
            INSERT INTO dw.fact_opp (vestiging_id, leerling_pseudonym, datum_start, onderwijstype, leerjaar, woongemeente,
                                     delivery_schooljaar, delivery_id, source_line, ingested_at)
            VALUES (99999, repeat('a', 64), '2023-09-01', 'HAVO', 2, '0599', '2023-2024', 'stray', 2, now())
            """);
        var rows = await WarehouseDb.QueryAsync(db.ConnectionString,
            $"SELECT passed, sample FROM etl.run_quality_gates({summary.LoadRunId}) WHERE gate_name = 'relationship_fact_keys'");

        Assert.Equal(false, rows.Single()[0]);
        Assert.Contains("vestiging_id 99999", (string)rows.Single()[1]!, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Security_scopes_from_configuration_expand_to_the_vestigingen_a_user_may_see()
    {
        await using var db = await WarehouseDb.CreateMigratedAsync("wh_rls");
        var lake = new InMemoryBronze();
        FixtureRegion.AddFirstLoad(lake);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Koers:Security:Scopes:0:User"] = "zuid@swv.nl",
            ["Koers:Security:Scopes:0:Niveau"] = "subregio",
            ["Koers:Security:Scopes:0:Code"] = "Zuid",
            ["Koers:Security:Scopes:1:User"] = "bestuur@swv.nl",
            ["Koers:Security:Scopes:1:Niveau"] = "swv",
        }).Build();
        await new WarehouseLoader(null, SecurityScope.FromConfiguration(configuration)).LoadAsync(lake, db.ConnectionString, null, CancellationToken.None);

        var rows = await WarehouseDb.QueryAsync(db.ConnectionString,
            "SELECT user_principal, string_agg(vestigingscode, ',' ORDER BY vestigingscode) FROM rpt.security_scope GROUP BY 1 ORDER BY 1");
        // D (Rozenburg) is outside the SWV; C is still inferred but delivered to the SWV, so the SWV-wide user sees it.
        Assert.Equal([["bestuur@swv.nl", "11AA00,22BB00,33CC00"], ["zuid@swv.nl", "11AA00"]], rows);
    }
}
