using System.CommandLine;
using KoersInsights.Core.Configuration;
using Spectre.Console;

namespace KoersInsights.Cli;

/// <summary>
/// Options every command takes, and what a command needs to run: the resolved settings and the terminal.
/// Flags override the environment, which overrides <c>koers.json</c>.
/// </summary>
public sealed class CliGlobals
{
    private readonly Option<string?> _home = new("--home")
    {
        Description = "Folder of the embedded defaults (lake, local PostgreSQL, key). Default: $KOERS_HOME or .koers in the repository root.",
        Recursive = true,
    };

    private readonly Option<string?> _lake = new("--lake")
    {
        Description = "Lake location: a folder, or a blob container URL. Default: $KOERS_LAKE or $KOERS_HOME/lake.",
        Recursive = true,
    };

    private readonly Option<string?> _warehouse = new("--warehouse")
    {
        Description = "PostgreSQL connection string. Default: $KOERS_WAREHOUSE or the embedded local cluster.",
        Recursive = true,
    };

    public CliGlobals(TextWriter stdout, TextWriter stderr)
    {
        Out = stdout;
        Error = stderr;
        // Piped or captured output (CI logs, scripts, tests) gets plain text and wide tables instead of colour codes
        // and wrapping at 80 columns.
        var plain = !ReferenceEquals(stdout, System.Console.Out) || System.Console.IsOutputRedirected;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (plain)
        {
            Console.Profile.Width = 200;
        }
    }

    /// <summary>Plain standard output, for machine-readable results (CSV, JSON).</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error, for progress and messages when stdout carries data.</summary>
    public TextWriter Error { get; }

    /// <summary>Rich terminal output (tables, progress) on standard output.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>The repository root: set by <c>./koers</c> as KOERS_ROOT, else found above the binaries.</summary>
    public static string Root { get; } = FindRoot();

    public void AddTo(RootCommand root)
    {
        root.Options.Add(_home);
        root.Options.Add(_lake);
        root.Options.Add(_warehouse);
    }

    public KoersSettings Settings(ParseResult parse) =>
        KoersSettingsLoader.Load(Root, new Dictionary<string, string?>
        {
            ["Koers:Home"] = parse.GetValue(_home),
            ["Koers:Lake"] = parse.GetValue(_lake),
            ["Koers:Warehouse"] = parse.GetValue(_warehouse),
        });

    /// <summary>The home folder for a crash log; null when even the settings could not be read.</summary>
    public string? TryHome(ParseResult parse)
    {
        try
        {
            return Settings(parse).Home;
        }
#pragma warning disable CA1031 // Only used while reporting another error.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static string FindRoot()
    {
        var fromScript = Environment.GetEnvironmentVariable("KOERS_ROOT");
        if (!string.IsNullOrWhiteSpace(fromScript))
        {
            return Path.GetFullPath(fromScript);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KoersInsights.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
