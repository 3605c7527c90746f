using System.CommandLine;
using System.Globalization;
using KoersInsights.Cli.Demo;
using KoersInsights.Cli.Running;
using KoersInsights.Core.Region;
using KoersInsights.Demo;
using KoersInsights.Functions;
using KoersInsights.Ingestion;
using KoersInsights.Lake;
using Microsoft.Extensions.Logging.Abstractions;

namespace KoersInsights.Cli.Commands;

/// <summary>
/// <c>koers demo</c>: generate the synthetic Koers VO region, run a full refresh on the configured (by default
/// embedded) lake and warehouse, and print the answers the board asks first. Deterministic, so re-running ingests
/// nothing new and changes nothing.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliGlobals globals)
    {
        var small = new Option<bool>("--small") { Description = "A small region (12 locations, 3 schooljaren) for a quick look." };
        var seed = new Option<int?>("--seed") { Description = "Seed of the generator (default 20181001); another seed gives another region." };
        var command = new Command(
            "demo",
            "Generate the demo region (synthetic DUO files, school, SWV and survey deliveries for the Koers VO gemeenten, " +
            "2018-2019 … 2024-2025, a few deliberately bad), run a full refresh and print the answers. Safe to re-run.")
        {
            small,
            seed,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = globals.Settings(parse);
            var options = parse.GetValue(small) ? DemoRegionOptions.Small : DemoRegionOptions.Default;
            if (parse.GetValue(seed) is { } s)
            {
                options = options with { Seed = s };
            }

            var folder = Path.Combine(settings.Home, "demo", $"seed-{options.Seed}-{options.LocationCount}");
            await globals.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"demo: generating {options.LocationCount} locations, {options.Schooljaren[0]} … {options.Schooljaren[^1]} (seed {options.Seed}) in {folder}"));
            var summary = DemoRegionGenerator.Generate(options, folder);
            await globals.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"demo: {summary.Files.Count:N0} files, {summary.Files.Sum(f => (long)f.Rows):N0} rows; {summary.BadDeliveries.Count} deliberately bad deliveries"));

            var lake = LakeStoreFactory.Create(settings.Lake, settings.LakeKey);
            foreach (var source in Enum.GetValues<IngestSource>())
            {
                var landing = Path.Combine(folder, "landing", source.Folder());
                if (Directory.Exists(landing))
                {
                    await Landing.CopyFolderAsync(lake, source, landing, cancellationToken);
                }
            }

            var exitCode = await new FunctionsConsole(globals).RunAsync(parse, FunctionCatalog.All, cancellationToken);
            var connectionString = await FunctionEnvironment.PrepareWarehouseAsync(settings, NullLogger.Instance, cancellationToken);
            var gemeenten = SwvRegion.FromConfiguration(settings.Configuration).Gemeenten.ToDictionary(g => g.Code, g => g.Naam);
            await new DemoAnswers(globals.Console, connectionString, gemeenten).PrintAsync(cancellationToken);
            DemoAnswers.PrintWhereThingsAre(globals.Console, settings, summary);
            return exitCode;
        });
        return command;
    }
}
