using System.Runtime.InteropServices;

namespace KoersInsights.Benchmarks;

/// <summary>The machine description committed with every result (Sep's practice).</summary>
internal static class Machine
{
    public static string Describe()
    {
        var cpu = System.IO.File.Exists("/proc/cpuinfo")
            ? System.IO.File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"""
            | machine | |
            | --- | --- |
            | cores (nproc) | {Environment.ProcessorCount} |
            | CPU | {cpu ?? RuntimeInformation.ProcessArchitecture.ToString()} |
            | OS | {RuntimeInformation.OSDescription} |
            | .NET | {RuntimeInformation.FrameworkDescription} |
            """;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "KoersInsights.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KoersInsights.sln not found above the benchmark binary.");
    }
}
