using KoersInsights.Core.Configuration;
using KoersInsights.Functions;
using KoersInsights.Functions.Running;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KoersInsights.FunctionsHost.Scheduling;

/// <summary>
/// Runs every scheduled function on its timer: one loop per function, waiting for the next occurrence. At start a
/// function whose last run (etl.function_run) is older than its previous occurrence is past due and runs once at
/// once. Stopping the host cancels the running functions; their current batch rolls back.
/// </summary>
public sealed class FunctionScheduler(
    IReadOnlyList<ScheduledFunction> functions,
    KoersSettings settings,
    TimeProvider time,
    ILogger<FunctionScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = await FunctionEnvironment.PrepareWarehouseAsync(settings, logger, stoppingToken);
        await Task.WhenAll(functions.Select(f => LoopAsync(f, connectionString, stoppingToken)));
    }

    private async Task LoopAsync(ScheduledFunction scheduled, string connectionString, CancellationToken stoppingToken)
    {
        var name = scheduled.Function.Name;
        var last = await new FunctionRunJournal(connectionString).LastStartedAsync(name, stoppingToken);
        var now = time.GetUtcNow();
        FunctionTrigger? first = scheduled.RunOnStartup ? FunctionTrigger.Startup
            : scheduled.Schedule.IsPastDue(last, now) ? FunctionTrigger.PastDue
            : null;
        if (first is { } trigger)
        {
            // A missed occurrence is keyed like a timer tick, so replicas catching up at once run it once.
            var occurrence = trigger == FunctionTrigger.PastDue ? scheduled.Schedule.NextAfter(last!.Value) : (DateTimeOffset?)null;
            await RunAsync(scheduled.Function, trigger, occurrence, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var next = scheduled.Schedule.NextAfter(time.GetUtcNow());
            logger.LogInformation("{Function}: next run {Next:yyyy-MM-dd HH:mm:ss zzz}", name, TimeZoneInfo.ConvertTime(next, scheduled.Schedule.TimeZone));
            var delay = next - time.GetUtcNow();
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, stoppingToken);
            }

            await RunAsync(scheduled.Function, FunctionTrigger.Timer, next, stoppingToken);
        }
    }

    private async Task RunAsync(IKoersFunction function, FunctionTrigger trigger, DateTimeOffset? occurrence, CancellationToken stoppingToken)
    {
        try
        {
            var context = await FunctionEnvironment.CreateContextAsync(settings, trigger, logger, progress: null, stoppingToken);
            await new FunctionRunner().RunAsync(function, context, stoppingToken, occurrence);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The warehouse or lake could not be reached: this tick is lost, the next one (or past-due) catches up.
            logger.LogError("{Function}: could not start ({Message}); retrying at the next occurrence", function.Name, ex.Message);
        }
    }
}
