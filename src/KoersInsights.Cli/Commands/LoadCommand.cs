using System.CommandLine;
using KoersInsights.Cli.Running;
using KoersInsights.Functions;

namespace KoersInsights.Cli.Commands;

/// <summary><c>koers load</c>: the LoadWarehouse function once.</summary>
internal static class LoadCommand
{
    public static Command Create(CliGlobals globals)
    {
        var command = new Command(
            "load",
            "Load bronze Parquet into the warehouse: dimensions, facts, indicators with baseline and target, then the " +
            "quality gates. One transaction: an interrupted load leaves nothing behind. Safe to repeat.");
        command.SetAction((parse, cancellationToken) =>
            new FunctionsConsole(globals).RunAsync(parse, [FunctionCatalog.All.Single(f => f.Name == "LoadWarehouse")], cancellationToken));
        return command;
    }
}
