using KoersInsights.Core.Configuration;
using KoersInsights.Warehouse.Embedded;

namespace KoersInsights.Warehouse;

/// <summary>The warehouse connection for a configuration: <c>KOERS_WAREHOUSE</c> when set, else the embedded cluster.</summary>
public static class WarehouseConnector
{
    public static async Task<string> ConnectionStringAsync(
        KoersSettings settings, Action<string>? log = null, CancellationToken cancellationToken = default) =>
        settings.Warehouse ?? await new EmbeddedPostgres(settings.Home, log: log).EnsureRunningAsync(cancellationToken);
}
