using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KoersInsights.Functions;
using KoersInsights.Functions.Running;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace KoersInsights.Cli.Running;

/// <summary>
/// Runs functions from the CLI exactly as the host does (singleton lock, run history) with progress on stderr and
/// a summary table on stdout. Exit code 1 when any function failed.
/// </summary>
internal sealed class FunctionsConsole(CliGlobals globals)
{
    public async Task<int> RunAsync(ParseResult parse, IReadOnlyList<IKoersFunction> functions, CancellationToken cancellationToken)
    {
        var settings = globals.Settings(parse);
        using var loggers = LoggerFactory.Create(b => b
            .SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        var total = Stopwatch.StartNew();
        var rows = new List<(FunctionRunOutcome Outcome, TimeSpan Elapsed)>();
        foreach (var function in functions)
        {
            var clock = Stopwatch.StartNew();
            await globals.Error.WriteLineAsync($"{function.Name}: running");
            var context = await FunctionEnvironment.CreateContextAsync(
                settings, FunctionTrigger.Manual, loggers.CreateLogger(function.Name), new ThrottledProgress(globals.Error, clock), cancellationToken);
            var outcome = await new FunctionRunner().RunAsync(function, context, cancellationToken);
            rows.Add((outcome, clock.Elapsed));
            await globals.Error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"{function.Name}: {outcome.Status} in {clock.Elapsed.TotalSeconds:0.0} s — {outcome.Message}"));
            foreach (var detail in outcome.Result?.Details ?? [])
            {
                await globals.Error.WriteLineAsync($"  {detail}");
            }
        }

        globals.Console.Write(SummaryTable(rows));
        globals.Console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"total {total.Elapsed.TotalSeconds:0.0} s");
        return rows.Any(r => r.Outcome.Status == "failed") ? KoersCli.UserError : 0;
    }

    private static Table SummaryTable(IEnumerable<(FunctionRunOutcome Outcome, TimeSpan Elapsed)> rows)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("function", "status", "rows in", "rows out", "quarantined", "seconds", "message");
        foreach (var (outcome, elapsed) in rows)
        {
            var status = outcome.Status switch
            {
                "succeeded" => "[green]succeeded[/]",
                "failed" => "[red]failed[/]",
                _ => Markup.Escape(outcome.Status),
            };
            table.AddRow(
                Markup.Escape(outcome.Function),
                status,
                (outcome.Result?.RowsIn ?? 0).ToString("N0", CultureInfo.InvariantCulture),
                (outcome.Result?.RowsOut ?? 0).ToString("N0", CultureInfo.InvariantCulture),
                (outcome.Result?.RowsQuarantined ?? 0).ToString("N0", CultureInfo.InvariantCulture),
                elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),
                Markup.Escape(outcome.Message ?? string.Empty));
        }

        return table;
    }
}
