using System.CommandLine;
using KoersInsights.Warehouse;

namespace KoersInsights.Cli.Commands;

/// <summary><c>koers sql "&lt;query&gt;"</c>: a read-only query on the warehouse, CSV on stdout.</summary>
internal static class SqlCommand
{
    public static Command Create(CliGlobals globals)
    {
        var query = new Argument<string>("query") { Description = "The SQL query, e.g. \"select * from rpt.indicator_waarde limit 5\"." };
        var command = new Command("sql", "Run a read-only query on the warehouse and print the result as CSV (header row, comma, NULL as empty).")
        {
            query,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = globals.Settings(parse);
            var connectionString = await WarehouseConnector.ConnectionStringAsync(settings, globals.Error.WriteLine, cancellationToken);
            await ReadOnlyQuery.WriteCsvAsync(connectionString, parse.GetValue(query)!, globals.Out, cancellationToken);
            return 0;
        });
        return command;
    }
}
