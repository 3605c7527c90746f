using System.CommandLine;
using KoersInsights.Cli.Commands;
using KoersInsights.Core;

namespace KoersInsights.Cli;

/// <summary>
/// The <c>./koers</c> command line for data staff. Exit codes: 0 success, 1 a problem the user can fix (one line on
/// stderr), 2 wrong usage, 70 an internal error (one line; details in <c>$KOERS_HOME/logs</c>), 130 cancelled.
/// </summary>
public static class KoersCli
{
    public const int UserError = 1;
    public const int InternalError = 70;
    public const int Cancelled = 130;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var globals = new CliGlobals(stdout, stderr);
        var root = new RootCommand(
            "KoersInsights: the data platform of a samenwerkingsverband passend onderwijs. " +
            "Ingests DUO open data, school deliveries and surveys into a Parquet lake, loads the PostgreSQL " +
            "warehouse, computes the indicators and publishes gemeente extracts.");
        globals.AddTo(root);
        foreach (var command in CommandCatalog.Create(globals))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var configuration = new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = stdout,
                Error = stderr,
            };
            return await parse.InvokeAsync(configuration, cancel.Token);
        }
        catch (KoersException ex)
        {
            await stderr.WriteLineAsync($"koers: {ex.Message}");
            return UserError;
        }
        catch (System.Data.Common.DbException ex)
        {
            // Unreachable server, wrong password, dropped connection: configuration or infrastructure, not a bug.
            await stderr.WriteLineAsync($"koers: warehouse error: {ex.Message.Split('\n')[0]}");
            return UserError;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("koers: cancelled; the current batch was rolled back.");
            return Cancelled;
        }
#pragma warning disable CA1031 // The last line of defence: one line for the user, the details in a log file.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var log = CrashLog.Write(globals.TryHome(parse), ex);
            await stderr.WriteLineAsync(
                $"koers: internal error ({ex.GetType().Name}: {ex.Message}). Details: {log}");
            return InternalError;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
