using System.CommandLine;
using KoersInsights.Warehouse;
using KoersInsights.Warehouse.Migrations;

namespace KoersInsights.Cli.Commands;

/// <summary><c>koers migrate</c>: applies the warehouse scripts and prints each one it applied.</summary>
internal static class MigrateCommand
{
    public static Command Create(CliGlobals globals)
    {
        var command = new Command(
            "migrate",
            "Apply warehouse migrations: new run-once scripts, then views and grants when they changed. Safe to repeat.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = globals.Settings(parse);
            var connectionString = await WarehouseConnector.ConnectionStringAsync(settings, globals.Error.WriteLine, cancellationToken);
            var applied = await new Migrator(connectionString, new EmbeddedScriptProvider())
                .MigrateAsync(s => globals.Out.WriteLine($"applied sql/{s.Name} ({s.Duration.TotalMilliseconds:0} ms)"), cancellationToken);
            globals.Out.WriteLine(applied.Count == 0
                ? "warehouse is up to date: nothing to apply"
                : $"applied {applied.Count} script(s)");
            return 0;
        });
        return command;
    }
}
