using KoersInsights.Core;
using Microsoft.Extensions.Logging;

namespace KoersInsights.Functions.Running;

/// <summary>
/// Runs one function the way every caller must: singleton lock, run history, failures recorded with a readable
/// message, cancellation recorded as such. A second instance that finds the lock taken logs and writes nothing.
/// </summary>
public sealed class FunctionRunner
{
    public static string HostName { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <param name="scheduledFor">The timer occurrence this run is for; a second replica firing for the same
    /// occurrence finds it taken and skips. Null for manual runs.</param>
    public async Task<FunctionRunOutcome> RunAsync(
        IKoersFunction function, FunctionContext context, CancellationToken cancellationToken, DateTimeOffset? scheduledFor = null)
    {
        await using var singleton = await FunctionLock.TryAcquireAsync(context.WarehouseConnectionString, function.Name, cancellationToken);
        if (singleton is null)
        {
            context.Logger.LogInformation("{Function}: skipped, another instance is running it", function.Name);
            return new FunctionRunOutcome(function.Name, "skipped", null, "another instance is running it");
        }

        if (context.Trigger == FunctionTrigger.PastDue)
        {
            context.Logger.LogWarning("{Function}: past due (a scheduled run was missed); running now", function.Name);
        }

        var journal = new FunctionRunJournal(context.WarehouseConnectionString);
        if (await journal.StartAsync(function.Name, HostName, context.Trigger, scheduledFor, cancellationToken) is not { } runId)
        {
            context.Logger.LogInformation("{Function}: skipped, the {Occurrence:O} occurrence already ran on another instance", function.Name, scheduledFor);
            return new FunctionRunOutcome(function.Name, "skipped", null, "this occurrence already ran on another instance");
        }

        try
        {
            var result = await function.RunAsync(context, cancellationToken);
            var status = result.Failed ? "failed" : "succeeded";
            await journal.FinishAsync(runId, status, result, null, CancellationToken.None);
            context.Logger.LogInformation("{Function}: {Status} — {Message}", function.Name, status, result.Message);
            return new FunctionRunOutcome(function.Name, status, result, result.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await journal.FinishAsync(runId, "cancelled", null, "cancelled; the current batch was rolled back", CancellationToken.None);
            throw;
        }
        catch (KoersException ex)
        {
            await journal.FinishAsync(runId, "failed", null, ex.Message, CancellationToken.None);
            context.Logger.LogError("{Function}: failed — {Message}", function.Name, ex.Message);
            return new FunctionRunOutcome(function.Name, "failed", null, ex.Message);
        }
#pragma warning disable CA1031 // A function's bug must be recorded as a failed run, not take the host down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var message = $"internal error: {ex.GetType().Name}: {ex.Message}";
            await journal.FinishAsync(runId, "failed", null, message, CancellationToken.None);
            context.Logger.LogError(ex, "{Function}: failed", function.Name);
            return new FunctionRunOutcome(function.Name, "failed", null, message);
        }
    }
}

/// <summary>The outcome of one <see cref="FunctionRunner.RunAsync"/>.</summary>
public sealed record FunctionRunOutcome(string Function, string Status, FunctionResult? Result, string? Message);
