using KoersInsights.Core;
using Npgsql;

namespace KoersInsights.Extracts.Scope;

/// <summary>Reads what a release needs from the warehouse's <c>rpt</c> schema.</summary>
public sealed class WarehouseReader
{
    private readonly string _connectionString;

    public WarehouseReader(string connectionString)
    {
        _connectionString = connectionString;
    }

    /// <summary>The latest load, or a one-line refusal when there is none.</summary>
    public async Task<LoadInfo> LatestLoadAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand(WarehouseQueries.LatestLoad, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            throw new KoersException("extracts not published: the warehouse has no completed load yet; run ./koers load first");
        }

        return new LoadInfo(
            reader.GetInt64(0),
            reader.IsDBNull(1) ? DateTimeOffset.UnixEpoch : new DateTimeOffset(reader.GetDateTime(1).ToUniversalTime(), TimeSpan.Zero),
            !reader.IsDBNull(2) && reader.GetBoolean(2));
    }

    /// <summary>The last <paramref name="count"/> schooljaren that have indicator values, newest first.</summary>
    public async Task<IReadOnlyList<string>> SchooljarenAsync(int count, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand(WarehouseQueries.Schooljaren, connection);
        command.Parameters.AddWithValue("n", count);
        var result = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    public async Task<IReadOnlyList<ScopedVestiging>> VestigingenAsync(string gemeentecode, IReadOnlyList<string> schooljaren, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand(WarehouseQueries.Vestigingen, connection);
        command.Parameters.AddWithValue("gemeente", gemeentecode);
        command.Parameters.AddWithValue("schooljaren", schooljaren.ToArray());
        var result = new List<ScopedVestiging>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new ScopedVestiging(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return result;
    }

    /// <summary>The rows of <c>rpt.indicator_waarde</c> in the scope, and nothing else (the filter runs in the database).</summary>
    public async Task<IReadOnlyList<IndicatorRow>> RowsAsync(GemeenteScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand(WarehouseQueries.Rows, connection);
        command.Parameters.AddWithValue("schooljaren", scope.Schooljaren.ToArray());
        command.Parameters.AddWithValue("vestigingen", scope.Vestigingen.Select(v => v.Vestigingscode).Distinct().ToArray());
        command.Parameters.AddWithValue("gemeente", scope.Gemeentecode);
        command.Parameters.AddWithValue("subregios", scope.Schooljaren.SelectMany(scope.SubregiosIn).Distinct().ToArray());
        var rows = new List<IndicatorRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new IndicatorRow(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? string.Empty : reader.GetString(4),
                NullableDecimal(reader, 5),
                NullableDecimal(reader, 6),
                NullableDecimal(reader, 7),
                !reader.IsDBNull(8) && reader.GetBoolean(8)));
        }

        // The database filter is coarse (a vestiging code of any year); the scope decides per schooljaar.
        return rows.Where(scope.Contains).ToList();
    }

    /// <summary>Indicator names and units when the view carries them (columns after the contract's nine).</summary>
    public async Task<IReadOnlyList<IndicatorDefinition>> DefinitionsAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using (var probe = new NpgsqlCommand(WarehouseQueries.HasNameColumns, connection))
        {
            if (await probe.ExecuteScalarAsync(ct) is not true)
            {
                return [];
            }
        }

        await using var command = new NpgsqlCommand(WarehouseQueries.Definitions, connection);
        var result = new List<IndicatorDefinition>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new IndicatorDefinition(reader.GetString(0), reader.IsDBNull(1) ? reader.GetString(0) : reader.GetString(1), reader.IsDBNull(2) ? string.Empty : reader.GetString(2)));
        }

        return result.DistinctBy(d => d.IndicatorCode).ToList();
    }

    private static decimal? NullableDecimal(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDecimal(ordinal);

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch (NpgsqlException ex)
        {
            await connection.DisposeAsync();
            throw new KoersException($"extracts: cannot reach the warehouse ({ex.Message})", ex);
        }
    }
}
