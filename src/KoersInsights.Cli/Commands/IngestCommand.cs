using System.CommandLine;
using KoersInsights.Cli.Running;
using KoersInsights.Core;
using KoersInsights.Functions;
using KoersInsights.Ingestion;
using KoersInsights.Lake;

namespace KoersInsights.Cli.Commands;

/// <summary><c>koers ingest duo|schools|surveys [--from DIR]</c>: landing → bronze Parquet, with quarantine.</summary>
internal static class IngestCommand
{
    public static Command Create(CliGlobals globals)
    {
        var source = new Argument<string>("source")
        {
            Description = "Which landing area: duo, schools (school and SWV template deliveries) or surveys.",
        };
        source.AcceptOnlyFromAmong("duo", "schools", "surveys");
        var from = new Option<DirectoryInfo?>("--from")
        {
            Description = "Copy the files of this folder into the landing area first (e.g. a folder a school sent).",
        };
        var command = new Command(
            "ingest",
            "Pick up new deliveries from the lake's landing area into bronze Parquet. Files already processed are skipped; " +
            "bad rows or files go to quarantine with their reasons.")
        {
            source,
            from,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!IngestSourceNames.TryParse(parse.GetValue(source)!, out var ingestSource))
            {
                throw new KoersException($"unknown source '{parse.GetValue(source)}': use duo, schools or surveys");
            }

            if (parse.GetValue(from) is { } folder)
            {
                var settings = globals.Settings(parse);
                var copied = await Landing.CopyFolderAsync(
                    LakeStoreFactory.Create(settings.Lake, settings.LakeKey), ingestSource, folder.FullName, cancellationToken);
                await globals.Error.WriteLineAsync($"copied {copied.Count} file(s) from {folder.FullName} to landing/{ingestSource.Folder()}/");
            }

            var function = FunctionCatalog.All.Single(f => f.Name == ingestSource switch
            {
                IngestSource.Duo => "IngestDuo",
                IngestSource.Schools => "IngestSchoolDeliveries",
                _ => "IngestSurveys",
            });
            return await new FunctionsConsole(globals).RunAsync(parse, [function], cancellationToken);
        });
        return command;
    }
}
