using KoersInsights.Extracts.Scope;
using KoersInsights.TestSupport;
using Npgsql;

namespace KoersInsights.Extracts.Tests.Fixtures;

/// <summary>
/// A real PostgreSQL database holding the rpt contract extracts read: <c>rpt.indicator_waarde</c> (the fixed nine
/// columns plus name and unit), <c>rpt.dim_vestiging</c> and <c>rpt.laatste_load</c>. They are tables filled with
/// <see cref="AdversarialRegion"/>, standing in for the warehouse's views (the producer, not the engine, is stand-in).
/// </summary>
public sealed class ExtractWarehouse : IAsyncLifetime
{
    private TestDatabase? _database;

    public string ConnectionString => _database!.ConnectionString;

    public IReadOnlyList<IndicatorRow> Rows { get; } = AdversarialRegion.Rows();

    public async Task InitializeAsync()
    {
        if (TestEnvironment.PostgresConnectionString is null)
        {
            return;
        }

        _database = await TestDatabase.CreateAsync("extracts");
        await ExecuteAsync(
            """
            CREATE SCHEMA rpt;
            CREATE TABLE rpt.indicator_waarde (indicator_code text, niveau text, niveau_code text, schooljaar text, uitsplitsing text,
                teller numeric, noemer numeric, waarde numeric, gemaskeerd boolean, indicator_naam text, eenheid text);
            CREATE TABLE rpt.dim_vestiging (vestigingscode text, vestigingsnaam text, gemeentecode text, subregio text);
            CREATE TABLE rpt.laatste_load (load_run_id bigint, finished_at timestamptz, gates_passed boolean);
            INSERT INTO rpt.laatste_load VALUES (7, '2024-11-01T02:00:00Z', true);
            """);
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using (var import = await connection.BeginBinaryImportAsync("COPY rpt.indicator_waarde FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in Rows)
            {
                await import.WriteRowAsync(default, r.IndicatorCode, r.Niveau, r.NiveauCode, r.Schooljaar, r.Uitsplitsing,
                    r.Teller, r.Noemer, r.Waarde, r.Gemaskeerd, "naam van " + r.IndicatorCode, "%");
            }

            await import.CompleteAsync();
        }

        await using (var import = await connection.BeginBinaryImportAsync("COPY rpt.dim_vestiging FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var v in AdversarialRegion.Vestigingen)
            {
                await import.WriteRowAsync(default, v.Code, v.Naam, v.Gemeente, v.Subregio);
            }

            await import.CompleteAsync();
        }
    }

    public Task SetGatesPassedAsync(bool passed) =>
        ExecuteAsync($"UPDATE rpt.laatste_load SET gates_passed = {(passed ? "true" : "false")}");

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
