namespace KoersInsights.Benchmarks;

/// <summary>
/// Benchmark entry: <c>dotnet run -c Release --project tests/KoersInsights.Benchmarks -- NAME [args]</c>.
/// Each benchmark lives in its own file and registers here by name.
/// </summary>
internal static class Program
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Benchmarks = new(StringComparer.Ordinal)
    {
        ["parquet"] = ParquetBench.RunAsync,
        ["ingest"] = IngestBench.RunAsync,
        ["load"] = LoadBench.RunAsync,
    };

    private static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || !Benchmarks.TryGetValue(args[0], out var run))
        {
            await Console.Error.WriteLineAsync($"usage: KoersInsights.Benchmarks {string.Join('|', Benchmarks.Keys)} [args]");
            return 2;
        }

        return await run(args[1..]);
    }
}
