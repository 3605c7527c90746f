using System.Globalization;
using Dapper;
using KoersInsights.TestSupport;
using Npgsql;

namespace KoersInsights.Cli.Tests;

public sealed class DemoTests
{
    [PostgresFact]
    public async Task Demo_prints_the_answers_the_warehouse_holds_and_a_rerun_changes_nothing()
    {
        await using var db = await TestDatabase.CreateAsync("demo");
        var home = Path.Combine(Path.GetTempPath(), "koers-demo-" + Guid.NewGuid().ToString("N"));

        var first = await CliRun.RunAsync("demo", "--small", "--home", home, "--warehouse", db.ConnectionString);

        Assert.True(first.ExitCode == 0, first.Error);
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        var rows = (await connection.QueryAsync<(string Code, string Schooljaar, decimal Waarde)>(
            """
            WITH tv AS (SELECT niveau_code, schooljaar, waarde FROM rpt.indicator_waarde
                         WHERE indicator_code = 'TV_INSTROOM' AND niveau = 'subregio' AND uitsplitsing = '' AND waarde IS NOT NULL)
            SELECT * FROM tv WHERE schooljaar IN ((SELECT min(schooljaar) FROM tv), (SELECT max(schooljaar) FROM tv))
            """)).ToList();
        Assert.Equal(12, rows.Count); // six subregio's, nulmeting and latest
        var printed = first.Out.Split('\n');
        foreach (var subregio in rows.GroupBy(r => r.Code))
        {
            var line = Assert.Single(printed, l => l.TrimStart().StartsWith(subregio.Key + " ", StringComparison.Ordinal) && l.Contains('('));
            foreach (var (_, _, waarde) in subregio)
            {
                Assert.Contains(waarde.ToString("0.00", CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
            }
        }

        Assert.Contains("nulmeting", first.Out, StringComparison.Ordinal);
        var checksum = await WarehouseChecksums.IndicatorsAsync(db.ConnectionString);
        var before = await RowsAsync(connection);

        var second = await CliRun.RunAsync("demo", "--small", "--home", home, "--warehouse", db.ConnectionString);

        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("IngestSchoolDeliveries: succeeded", second.Error, StringComparison.Ordinal);
        Assert.Contains("no new deliveries in landing/schools", second.Error, StringComparison.Ordinal);
        var after = await RowsAsync(connection);
        Assert.True(checksum == await WarehouseChecksums.IndicatorsAsync(db.ConnectionString),
            "changed rows: " + string.Join(" / ", before.Except(after).Take(3)) + " => " + string.Join(" / ", after.Except(before).Take(3)));
        Directory.Delete(home, recursive: true);
    }

    private static async Task<List<string>> RowsAsync(NpgsqlConnection connection) =>
        (await connection.QueryAsync<string>(
            "SELECT concat_ws('|', indicator_code, niveau, niveau_code, schooljaar, uitsplitsing, teller, noemer, waarde, gemaskeerd) FROM rpt.indicator_waarde")).ToList();
}
