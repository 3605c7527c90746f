using KoersInsights.Core.Region;
using Npgsql;

namespace KoersInsights.Warehouse.Load;

/// <summary>Writes the configured SWV and its area into dw.swv and dw.swv_gebied (replaced on every load).</summary>
internal static class RegionWriter
{
    /// <summary>True when the stored region differed from <paramref name="region"/> (every schooljaar then changes).</summary>
    public static async Task<bool> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, SwvRegion region, CancellationToken ct)
    {
        var before = await FingerprintAsync(connection, transaction, ct);
        await ExecuteAsync(connection, transaction, "DELETE FROM dw.swv", ct);
        await ExecuteAsync(connection, transaction, "INSERT INTO dw.swv (swv_code, naam) VALUES ($1, $2)", ct, region.Code, region.Naam);
        await ExecuteAsync(connection, transaction, "DELETE FROM dw.swv_gebied", ct);
        foreach (var g in region.Gemeenten)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO dw.swv_gebied (gemeentecode, naam, plaatsnamen, uitgesloten_plaatsnamen) VALUES ($1, $2, $3, $4)", ct,
                g.Code, g.Naam, g.Plaatsnamen.Count == 0 ? DBNull.Value : g.Plaatsnamen.Select(p => p.ToUpperInvariant()).ToArray(),
                g.ExcludedPlaatsnamen.Select(p => p.ToUpperInvariant()).ToArray());
        }

        return before != await FingerprintAsync(connection, transaction, ct);
    }

    private static async Task<string> FingerprintAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT coalesce((SELECT string_agg(swv_code || '|' || naam, ';') FROM dw.swv), '') || '#' || " +
            "coalesce((SELECT string_agg(gemeentecode || '|' || coalesce(plaatsnamen::text, '*') || '|' || uitgesloten_plaatsnamen::text, ';' ORDER BY gemeentecode) FROM dw.swv_gebied), '')",
            connection, transaction);
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync(ct);
    }
}
