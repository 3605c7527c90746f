using System.Diagnostics;

namespace KoersInsights.TestSupport;

/// <summary>Runs one of the node scripts in <c>tests/tools</c> (DuckDB, ajv): the independent implementations.</summary>
public static class NodeTool
{
    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        var dir = TestEnvironment.NodeToolsDirectory
            ?? throw new InvalidOperationException("npm test tools are not installed; mark the test [NodeToolsFact].");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(dir, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited {process.ExitCode}: {await stderr}");
        }

        return await stdout;
    }
}
