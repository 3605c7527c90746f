using System.CommandLine;
using KoersInsights.Cli.Running;
using KoersInsights.Functions;

namespace KoersInsights.Cli.Commands;

/// <summary><c>koers refresh</c>: every function once, in dependency order.</summary>
internal static class RefreshCommand
{
    public static Command Create(CliGlobals globals)
    {
        var command = new Command(
            "refresh",
            $"Run all functions once, in dependency order ({string.Join(" → ", FunctionCatalog.All.Select(f => f.Name))}), " +
            "with progress and a summary. Each run is recorded in etl.function_run.");
        command.SetAction((parse, cancellationToken) => new FunctionsConsole(globals).RunAsync(parse, FunctionCatalog.All, cancellationToken));
        return command;
    }
}
