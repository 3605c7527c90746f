using KoersInsights.Core.Configuration;
using KoersInsights.Functions;
using KoersInsights.Functions.Running;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace KoersInsights.FunctionsHost.Health;

/// <summary>
/// <c>GET /health</c> on loopback, for container probes and data staff: the last run of every function.
/// 200 while the warehouse answers (a failed function run is reported in the body, not as a probe failure, so the
/// container is not restarted for a bad delivery); 503 when the warehouse cannot be reached.
/// </summary>
internal static class HealthEndpoint
{
    public static void Map(WebApplication app, KoersSettings settings)
    {
        app.MapGet("/health", async (CancellationToken cancellationToken) =>
        {
            try
            {
                var connectionString = await FunctionEnvironment.PrepareWarehouseAsync(settings, app.Logger, cancellationToken);
                var runs = await new FunctionRunJournal(connectionString).LatestRunsAsync(cancellationToken);
                return Results.Json(new
                {
                    status = runs.Any(r => r.Status == "failed") ? "degraded" : "healthy",
                    functions = runs.Select(r => new
                    {
                        name = r.Function,
                        status = r.Status,
                        startedAt = r.StartedAt,
                        finishedAt = r.FinishedAt,
                        r.RowsIn,
                        r.RowsOut,
                        r.RowsQuarantined,
                        message = r.Message,
                    }),
                });
            }
            catch (NpgsqlException ex)
            {
                app.Logger.LogWarning("health: warehouse unreachable: {Message}", ex.Message);
                return Results.Json(new { status = "unhealthy", reason = "warehouse unreachable" }, statusCode: 503);
            }
        });
    }
}
