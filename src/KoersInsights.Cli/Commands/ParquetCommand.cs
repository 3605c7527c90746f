using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KoersInsights.Core;
using KoersInsights.Lake;
using KoersInsights.Parquet;
using KoersInsights.Parquet.File;
using KoersInsights.Parquet.Records;
using KoersInsights.Parquet.Schema;

namespace KoersInsights.Cli.Commands;

/// <summary><c>koers parquet schema|cat|from-csv</c>: look into lake files; turn a CSV into Parquet.</summary>
internal static class ParquetCommand
{
    private const string FileHelp = "A Parquet file: a local path, or a path in the lake such as bronze/schools/opp/schooljaar=2023-2024/<id>.parquet.";

    public static Command Create(CliGlobals globals)
    {
        var command = new Command("parquet", "Inspect Parquet files (local or in the lake) and convert a CSV file to Parquet.");
        command.Subcommands.Add(Schema(globals));
        command.Subcommands.Add(Cat(globals));
        command.Subcommands.Add(FromCsv(globals));
        return command;
    }

    private static Command Schema(CliGlobals globals)
    {
        var file = new Argument<string>("file") { Description = FileHelp };
        var command = new Command("schema", "Print the columns (type, nullability), row count, row groups and key-value metadata.") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var stream = await OpenAsync(globals, parse, parse.GetValue(file)!, cancellationToken);
            using var reader = await Guard(() => ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken));
            foreach (var field in reader.Schema.DataFields)
            {
                await globals.Out.WriteLineAsync(field.ToString());
            }

            await globals.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"-- {reader.RowCount:N0} rows in {reader.RowGroupCount} row group(s); created by {reader.CreatedBy ?? "unknown"}"));
            foreach (var (key, value) in reader.CustomMetadata.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                await globals.Out.WriteLineAsync($"-- {key} = {value}");
            }

            return 0;
        });
        return command;
    }

    private static Command Cat(CliGlobals globals)
    {
        var file = new Argument<string>("file") { Description = FileHelp };
        var format = new Option<string>("--format") { Description = "csv (header, comma) or json (one object per line).", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var columns = new Option<string?>("--columns") { Description = "Comma-separated columns to print, in that order (default: all)." };
        var limit = new Option<long?>("--limit") { Description = "Print at most this many rows." };
        var command = new Command("cat", "Print the rows of a Parquet file, one row group at a time.") { file, format, columns, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var stream = await OpenAsync(globals, parse, parse.GetValue(file)!, cancellationToken);
            using var reader = await Guard(() => ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken));
            var fields = Project(reader.Schema, parse.GetValue(columns));
            var json = parse.GetValue(format) == "json";
            var remaining = parse.GetValue(limit) ?? long.MaxValue;
            if (!json)
            {
                await globals.Out.WriteLineAsync(string.Join(',', fields.Select(f => CsvText.Quote(f.Name))));
            }

            for (var g = 0; g < reader.RowGroupCount && remaining > 0; g++)
            {
                var rowGroup = reader.OpenRowGroupReader(g);
                var data = new Array[fields.Count];
                for (var c = 0; c < fields.Count; c++)
                {
                    data[c] = (await Guard(() => rowGroup.ReadColumnAsync(fields[c], cancellationToken))).Data;
                }

                for (var r = 0; r < rowGroup.RowCount && remaining > 0; r++, remaining--)
                {
                    var values = data.Select(d => d.GetValue(r)).ToArray();
                    await globals.Out.WriteLineAsync(json ? JsonRow(fields, values) : string.Join(',', values.Select(CsvText.Field)));
                }
            }

            return 0;
        });
        return command;
    }

    private static Command FromCsv(CliGlobals globals)
    {
        var input = new Argument<FileInfo>("in.csv") { Description = "CSV file with a header row (UTF-8)." };
        var output = new Argument<FileInfo>("out.parquet") { Description = "Parquet file to write (snappy); replaced if it exists." };
        var delimiter = new Option<char?>("--delimiter") { Description = "Field delimiter; default: ';' when the header has more of them than ',', else ','." };
        var command = new Command(
            "from-csv",
            "Convert a CSV file to Parquet. Column types are inferred over the whole column (boolean, integer, decimal, " +
            "date, timestamp, else string; values with leading zeros such as postcodes stay strings; empty = null).")
        {
            input,
            output,
            delimiter,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var source = parse.GetValue(input)!;
            if (!source.Exists)
            {
                throw new KoersException($"{source.FullName}: file not found");
            }

            var separator = parse.GetValue(delimiter) ?? GuessDelimiter(source.FullName);
            var schema = await Guard(() => ParquetCsvImport.ConvertAsync(
                source.FullName, parse.GetValue(output)!.FullName, null, separator, cancellationToken));
            await globals.Out.WriteLineAsync($"wrote {parse.GetValue(output)!.FullName}");
            await globals.Out.WriteLineAsync(schema.ToString());
            return 0;
        });
        return command;
    }

    private static async Task<Stream> OpenAsync(CliGlobals globals, ParseResult parse, string file, CancellationToken cancellationToken)
    {
        if (File.Exists(file))
        {
            return File.OpenRead(file);
        }

        var settings = globals.Settings(parse);
        try
        {
            return await LakeStoreFactory.Create(settings.Lake, settings.LakeKey).OpenReadAsync(file.TrimStart('/'), cancellationToken);
        }
        catch (LakeObjectNotFoundException)
        {
            throw new KoersException($"{file}: not found as a local file nor in the lake ({settings.Lake})");
        }
    }

    private static List<DataField> Project(ParquetSchema schema, string? columns)
    {
        if (string.IsNullOrWhiteSpace(columns))
        {
            return [.. schema.DataFields];
        }

        var names = columns.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var unknown = names.Where(n => schema.DataFields.All(f => f.Name != n)).ToList();
        if (unknown.Count > 0)
        {
            throw new KoersException(
                $"unknown column(s) {string.Join(", ", unknown)}; the file has {string.Join(", ", schema.DataFields.Select(f => f.Name))}");
        }

        return [.. names.Select(n => schema.DataFields.First(f => f.Name == n))];
    }

    /// <summary>A damaged or unsupported file is the user's input, not our bug: one line, not a stack trace.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (ParquetException ex)
        {
            throw new KoersException(ex.Message, ex);
        }
    }

    private static char GuessDelimiter(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine() ?? string.Empty;
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }

    private static string JsonRow(List<DataField> fields, object?[] values)
    {
        var row = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            row[fields[i].Name] = values[i] switch
            {
                DateOnly or DateTime or byte[] => CsvText.Invariant(values[i]),
                var v => v,
            };
        }

        return JsonSerializer.Serialize(row);
    }
}
