using System.CommandLine;
using KoersInsights.Cli.Running;
using KoersInsights.Functions.Definitions;

namespace KoersInsights.Cli.Commands;

/// <summary><c>koers extract [--gemeente CODE]</c>: the PublishExtracts function once.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliGlobals globals)
    {
        var gemeente = new Option<string?>("--gemeente")
        {
            Description = "CBS code of one gemeente (e.g. 0599 for Rotterdam). Default: every gemeente of the SWV.",
        };
        var command = new Command(
            "extract",
            "Build and publish disclosure-controlled extracts (CSV, XLSX, Parquet, manifest, summary) per gemeente under " +
            "extracts/<gemeente>/<release>/ in the lake. Only after a load that passed its quality gates; unchanged data " +
            "gives no new release.")
        {
            gemeente,
        };
        command.SetAction((parse, cancellationToken) =>
            new FunctionsConsole(globals).RunAsync(parse, [new PublishExtracts(parse.GetValue(gemeente))], cancellationToken));
        return command;
    }
}
