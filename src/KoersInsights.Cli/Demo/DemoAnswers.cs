using System.Globalization;
using Dapper;
using KoersInsights.Core.Configuration;
using KoersInsights.Demo;
using Npgsql;
using Spectre.Console;

namespace KoersInsights.Cli.Demo;

/// <summary>
/// The board's first questions, answered from <c>rpt</c> only (the same views Power BI reads): nulmeting → latest
/// schooljaar per subregio / gemeente with the 95% interval and whether the change is more than noise.
/// </summary>
internal sealed class DemoAnswers(IAnsiConsole console, string connectionString, IReadOnlyDictionary<string, string> gemeenteNamen)
{
    public async Task PrintAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await PrintComparisonAsync(connection, "TV_INSTROOM", "subregio", "TV-instroom per 100 leerlingen, per subregio", cancellationToken);
        await PrintComparisonAsync(connection, "THUISZITTERS", "gemeente", "Thuiszitters per 1000 leerlingen, per gemeente (van de school)", cancellationToken);
        await PrintTargetsAsync(connection, cancellationToken);
    }

    public static void PrintWhereThingsAre(IAnsiConsole console, KoersSettings settings, DemoRegionSummary summary)
    {
        console.WriteLine();
        console.MarkupLine("[bold]Where to find things[/]");
        var rows = new (string What, string Where)[]
        {
            ("lake", settings.Lake),
            ("bronze Parquet", $"{settings.Lake}/bronze/  (inspect: ./koers parquet schema <file>)"),
            ("quarantine", $"{settings.Lake}/quarantine/<delivery-id>/reasons.csv  (summary: ./koers status)"),
            ("extracts", $"{settings.Lake}/extracts/<gemeente>/<release>/"),
            ("warehouse", settings.Warehouse is null
                ? $"embedded PostgreSQL; host, port, user and password for Power BI in {Path.Combine(settings.Home, "postgres", "connection.json")}"
                : "the server in KOERS_WAREHOUSE"),
            ("query it", "./koers sql \"select * from rpt.indicator_waarde limit 10\""),
            ("deliberately bad deliveries", string.Join(", ", summary.BadDeliveries.Select(b => Path.GetFileName(b.RelativePath)))),
        };
        var table = new Table().Border(TableBorder.None).HideHeaders().AddColumns("what", "where");
        foreach (var (what, where) in rows)
        {
            table.AddRow(Markup.Escape(what), Markup.Escape(where));
        }

        console.Write(table);
    }

    private async Task PrintComparisonAsync(
        NpgsqlConnection connection, string indicator, string niveau, string title, CancellationToken cancellationToken)
    {
        const string sql = """
            WITH w AS (
                SELECT niveau_code, schooljaar, waarde, ondergrens, bovengrens, gemaskeerd
                  FROM rpt.indicator_waarde
                 WHERE indicator_code = @indicator AND niveau = @niveau AND uitsplitsing = ''),
            span AS (SELECT min(schooljaar) AS nul, max(schooljaar) AS nu FROM w WHERE waarde IS NOT NULL)
            SELECT n.niveau_code AS Code, s.nul AS NulJaar, s.nu AS NuJaar,
                   n.waarde AS NulWaarde, n.ondergrens AS NulLaag, n.bovengrens AS NulHoog,
                   l.waarde AS NuWaarde, l.ondergrens AS NuLaag, l.bovengrens AS NuHoog,
                   n.gemaskeerd OR l.gemaskeerd AS Gemaskeerd
              FROM span s
              JOIN w n ON n.schooljaar = s.nul
              JOIN w l ON l.niveau_code = n.niveau_code AND l.schooljaar = s.nu
             ORDER BY n.niveau_code
            """;
        var rows = (await connection.QueryAsync<ComparisonRow>(new CommandDefinition(
            sql, new { indicator, niveau }, cancellationToken: cancellationToken))).ToList();
        console.WriteLine();
        if (rows.Count == 0)
        {
            console.MarkupLineInterpolated($"[bold]{title}[/]: no data (did the load succeed? see ./koers status)");
            return;
        }

        console.MarkupLineInterpolated($"[bold]{title}[/]: nulmeting {rows[0].NulJaar} → {rows[0].NuJaar}");
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns(niveau, $"nulmeting {rows[0].NulJaar}", $"{rows[0].NuJaar}", "verschil", "oordeel (95%)");
        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(gemeenteNamen.TryGetValue(row.Code, out var naam) ? $"{naam} ({row.Code})" : row.Code),
                Markup.Escape(Value(row.NulWaarde, row.NulLaag, row.NulHoog)),
                Markup.Escape(Value(row.NuWaarde, row.NuLaag, row.NuHoog)),
                row.NulWaarde is { } a && row.NuWaarde is { } b ? (b - a).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "—",
                Markup.Escape(row.Gemaskeerd ? "gemaskeerd (DUO <5)" : Verdict(row)));
        }

        console.Write(table);
    }

    private async Task PrintTargetsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT to_regclass('rpt.doel_status') IS NOT NULL", cancellationToken: cancellationToken));
        if (!exists)
        {
            return;
        }

        var counts = (await connection.QueryAsync<(string Status, long Aantal)>(new CommandDefinition(
            "SELECT status, count(*) FROM rpt.doel_status GROUP BY status ORDER BY status", cancellationToken: cancellationToken))).ToList();
        console.WriteLine();
        console.MarkupLine("[bold]Doelen (streefwaarden): status[/]");
        var table = new Table().Border(TableBorder.Simple).AddColumns("status", "aantal doelen");
        foreach (var (status, aantal) in counts)
        {
            table.AddRow(Markup.Escape(status), aantal.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }

    private static string Value(decimal? value, decimal? low, decimal? high) =>
        value is null ? "—" : low is null || high is null
            ? string.Create(CultureInfo.InvariantCulture, $"{value:0.00}")
            : string.Create(CultureInfo.InvariantCulture, $"{value:0.00} ({low:0.00}–{high:0.00})");

    /// <summary>
    /// More than noise when the two 95% intervals do not overlap: conservative (it misses some real changes) but
    /// easy to explain to a board, and consistent with the intervals the report shows.
    /// </summary>
    private static string Verdict(ComparisonRow row)
    {
        if (row.NulLaag is null || row.NulHoog is null || row.NuLaag is null || row.NuHoog is null)
        {
            return "geen interval";
        }

        return row.NuHoog < row.NulLaag ? "lager, meer dan ruis"
            : row.NuLaag > row.NulHoog ? "hoger, meer dan ruis"
            : "geen aantoonbaar verschil";
    }

    private sealed record ComparisonRow(
        string Code,
        string NulJaar,
        string NuJaar,
        decimal? NulWaarde,
        decimal? NulLaag,
        decimal? NulHoog,
        decimal? NuWaarde,
        decimal? NuLaag,
        decimal? NuHoog,
        bool Gemaskeerd);
}
