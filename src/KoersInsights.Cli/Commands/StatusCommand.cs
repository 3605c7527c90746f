using System.CommandLine;
using System.Globalization;
using KoersInsights.Functions;
using KoersInsights.Functions.Running;
using KoersInsights.Ingestion.Manifest;
using KoersInsights.Lake;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace KoersInsights.Cli.Commands;

/// <summary><c>koers status</c>: the last run of every function, and what happened to the deliveries.</summary>
internal static class StatusCommand
{
    public static Command Create(CliGlobals globals)
    {
        var all = new Option<bool>("--all") { Description = "List every quarantined delivery, not only the 20 most recent." };
        var command = new Command(
            "status",
            "Show the last run of every function (etl.function_run) and the deliveries loaded / quarantined, with reasons.")
        {
            all,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = globals.Settings(parse);
            var connectionString = await FunctionEnvironment.PrepareWarehouseAsync(settings, NullLogger.Instance, cancellationToken);
            var runs = await new FunctionRunJournal(connectionString).LatestRunsAsync(cancellationToken);
            globals.Console.Write(RunsTable(runs));

            var entries = new List<DeliveryManifestEntry>();
            await foreach (var entry in new DeliveryManifest(LakeStoreFactory.Create(settings.Lake, settings.LakeKey)).ListAsync(cancellationToken))
            {
                entries.Add(entry);
            }

            WriteDeliveries(globals, entries, parse.GetValue(all));
            return 0;
        });
        return command;
    }

    private static Table RunsTable(IReadOnlyList<FunctionRunRecord> runs)
    {
        var table = new Table().Border(TableBorder.Simple).Title("last run per function")
            .AddColumns("function", "status", "started (UTC)", "seconds", "rows in", "rows out", "quarantined", "message");
        foreach (var run in runs)
        {
            table.AddRow(
                Markup.Escape(run.Function),
                run.Status == "failed" ? "[red]failed[/]" : Markup.Escape(run.Status),
                run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                run.FinishedAt is { } end ? (end - run.StartedAt).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) : "—",
                run.RowsIn.ToString("N0", CultureInfo.InvariantCulture),
                run.RowsOut.ToString("N0", CultureInfo.InvariantCulture),
                run.RowsQuarantined.ToString("N0", CultureInfo.InvariantCulture),
                Markup.Escape(run.Message ?? string.Empty));
        }

        if (runs.Count == 0)
        {
            table.AddRow("(no runs yet: try ./koers refresh)", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        }

        return table;
    }

    private static void WriteDeliveries(CliGlobals globals, List<DeliveryManifestEntry> entries, bool all)
    {
        var console = globals.Console;
        var delivered = entries.Sum(e => e.RowsDelivered);
        var loaded = entries.Sum(e => e.RowsLoaded);
        var quarantined = entries.Sum(e => e.RowsQuarantined);
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"deliveries: {entries.Count:N0} ({entries.Count(e => e.Status == "loaded"):N0} loaded, {entries.Count(e => e.Status == "partially_quarantined"):N0} partly quarantined, {entries.Count(e => e.Status == "quarantined"):N0} quarantined); rows: {delivered:N0} delivered = {loaded:N0} loaded + {quarantined:N0} quarantined");
        var problems = entries.Where(e => e.Status != "loaded").OrderByDescending(e => e.IngestedAt).ToList();
        foreach (var entry in all ? problems : problems.Take(20))
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"[yellow]{entry.FileName}[/]: {entry.Status.Replace('_', ' ')}, {entry.RowsQuarantined:N0} of {entry.RowsDelivered:N0} rows, {entry.ReasonCount:N0} reason(s) in quarantine/{entry.DeliveryId}/reasons.csv");
            foreach (var reason in entry.Reasons.Take(3))
            {
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                    $"    line {reason.Line}, column {reason.Column}, value '{reason.Value}': {reason.Message} [[{reason.Rule}]]");
            }
        }

        if (!all && problems.Count > 20)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"… and {problems.Count - 20} more (--all lists them)");
        }
    }
}
