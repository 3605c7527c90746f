using System.Diagnostics;
using KoersInsights.Core;

namespace KoersInsights.Warehouse.Embedded;

/// <summary>Where the PostgreSQL server programs (initdb, pg_ctl) are: on PATH, via pg_config, or Debian's folders.</summary>
public sealed record PostgresBinaries(string Directory)
{
    public string InitDb => Path.Combine(Directory, "initdb");

    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    public static PostgresBinaries Find()
    {
        foreach (var candidate in Candidates())
        {
            if (File.Exists(Path.Combine(candidate, "initdb")) && File.Exists(Path.Combine(candidate, "pg_ctl")))
            {
                return new PostgresBinaries(candidate);
            }
        }

        throw new KoersException(
            "PostgreSQL server programs (initdb, pg_ctl) not found on PATH, via pg_config or in /usr/lib/postgresql. " +
            "Install them with 'sudo apt-get install postgresql' (./koers does this itself when run as root), " +
            "or set KOERS_WAREHOUSE to the connection string of an existing PostgreSQL server.");
    }

    private static IEnumerable<string> Candidates()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var dir in path.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var pgCtl = Path.Combine(dir, "pg_ctl");
            if (File.Exists(pgCtl))
            {
                // /usr/local/bin/pg_ctl may be a symlink into the versioned folder that holds initdb too.
                yield return Path.GetDirectoryName(new FileInfo(pgCtl).ResolveLinkTarget(true)?.FullName ?? pgCtl)!;
            }
        }

        var fromPgConfig = PgConfigBinDir();
        if (fromPgConfig is not null)
        {
            yield return fromPgConfig;
        }

        const string debian = "/usr/lib/postgresql";
        if (System.IO.Directory.Exists(debian))
        {
            foreach (var version in System.IO.Directory.GetDirectories(debian).OrderDescending(StringComparer.Ordinal))
            {
                yield return Path.Combine(version, "bin");
            }
        }
    }

    private static string? PgConfigBinDir()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pg_config", "--bindir")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // pg_config is not installed
        }
    }
}
