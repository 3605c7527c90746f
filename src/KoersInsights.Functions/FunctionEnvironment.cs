using KoersInsights.Core.Configuration;
using KoersInsights.Lake;
using KoersInsights.Warehouse;
using KoersInsights.Warehouse.Migrations;
using Microsoft.Extensions.Logging;
using Npgsql;
using Polly;
using Polly.Retry;

namespace KoersInsights.Functions;

/// <summary>
/// Prepares what every function run needs: the warehouse (embedded or configured) migrated to the current scripts,
/// and the lake. Shared by <c>./koers</c> and the functions host so both run functions identically.
/// </summary>
public static class FunctionEnvironment
{
    // Connecting and migrating are idempotent (the journal decides), so retrying a transient failure cannot
    // duplicate an effect; nothing else in a run is retried.
    private static readonly ResiliencePipeline WarehouseRetry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(ex => ex.IsTransient),
            MaxRetryAttempts = 3,
            Delay = TimeSpan.FromSeconds(2),
            BackoffType = DelayBackoffType.Exponential,
        })
        .Build();

    public static async Task<FunctionContext> CreateContextAsync(
        KoersSettings settings,
        FunctionTrigger trigger,
        ILogger logger,
        IProgress<FunctionProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var connectionString = await PrepareWarehouseAsync(settings, logger, cancellationToken);
        var lake = LakeStoreFactory.Create(settings.Lake, settings.LakeKey);
        return new FunctionContext(settings, lake, connectionString, trigger, logger, progress);
    }

    /// <summary>The warehouse connection string, after applying any pending migrations.</summary>
    public static async Task<string> PrepareWarehouseAsync(KoersSettings settings, ILogger logger, CancellationToken cancellationToken) =>
        await WarehouseRetry.ExecuteAsync(
            async token =>
            {
                var connectionString = await WarehouseConnector.ConnectionStringAsync(settings, m => logger.LogInformation("{Message}", m), token);
                await new Migrator(connectionString, new EmbeddedScriptProvider())
                    .MigrateAsync(s => logger.LogInformation("applied sql/{Script}", s.Name), token);
                return connectionString;
            },
            cancellationToken);
}
