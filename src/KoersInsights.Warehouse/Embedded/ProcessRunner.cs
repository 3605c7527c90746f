using System.Diagnostics;

namespace KoersInsights.Warehouse.Embedded;

/// <summary>Runs a server program, as the 'postgres' system user when we are root (initdb and postgres refuse root).</summary>
internal static class ProcessRunner
{
    public static bool RunningAsRoot => Environment.UserName == "root";

    public static async Task<(int ExitCode, string Output)> RunAsync(
        string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = RunningAsRoot
            ? new ProcessStartInfo("runuser") { ArgumentList = { "-u", EmbeddedPostgres.SystemUser, "--", program } }
            : new ProcessStartInfo(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, (await stdout + await stderr).Trim());
    }
}
