using System.Diagnostics;
using KoersInsights.TestSupport;

namespace KoersInsights.Functions.Tests.Hosting;

/// <summary>The functions host as a real child process, configured through the environment as in a container.</summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process _process;

    private HostProcess(Process process) => _process = process;

    public static HostProcess Start(string home, string warehouse, IReadOnlyDictionary<string, string> configuration, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = home,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KoersInsights.FunctionsHost.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["KOERS_ROOT"] = home;
        start.Environment["KOERS_HOME"] = home;
        start.Environment["KOERS_LAKE"] = Path.Combine(home, "lake");
        start.Environment["KOERS_WAREHOUSE"] = warehouse;
        start.Environment["Koers__Functions__HealthUrl"] = "http://127.0.0.1:0";
        foreach (var (key, value) in configuration)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("host did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HostProcess(process);
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    /// <summary>kill -9: no chance to roll back or clean up.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    public static string NewHome()
    {
        var home = Path.Combine(Path.GetTempPath(), "koers-host-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(home);
        return home;
    }

    public static bool Available => File.Exists(Path.Combine(AppContext.BaseDirectory, "KoersInsights.FunctionsHost.dll"))
        && TestEnvironment.PostgresConnectionString is not null;
}
