using KoersInsights.Core.Configuration;
using KoersInsights.Lake;
using Microsoft.Extensions.Logging;

namespace KoersInsights.Functions;

/// <summary>What a function run gets: configuration, the lake, the warehouse, where to report progress.</summary>
public sealed record FunctionContext(
    KoersSettings Settings,
    ILakeStore Lake,
    string WarehouseConnectionString,
    FunctionTrigger Trigger,
    ILogger Logger,
    IProgress<FunctionProgress>? Progress = null);

/// <summary>Why a run started (a column of <c>etl.function_run</c>).</summary>
public enum FunctionTrigger
{
    Timer,
    PastDue,
    Manual,
    Startup,
}

/// <summary>Progress of a long run, for the CLI's progress bars and the host's logs.</summary>
/// <param name="Total">Total units when known (files, rows), else null.</param>
public sealed record FunctionProgress(string Function, string Activity, long Done, long? Total, string Unit);
