using Npgsql;

namespace KoersInsights.TestSupport;

/// <summary>Fingerprints of warehouse contents, for "re-running changes nothing" and "equals a clean load" tests.</summary>
public static class WarehouseChecksums
{
    /// <summary>md5 over every row of <c>rpt.indicator_waarde</c> (contract columns), in key order.</summary>
    public static async Task<string> IndicatorsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT coalesce(md5(string_agg(concat_ws('|', indicator_code, niveau, niveau_code, schooljaar, uitsplitsing, teller, noemer, waarde, gemaskeerd),
                                           E'\n' ORDER BY indicator_code, niveau, niveau_code, schooljaar, uitsplitsing)), 'empty')
              FROM rpt.indicator_waarde
            """,
            connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
