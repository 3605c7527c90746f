using Microsoft.Extensions.Configuration;

namespace KoersInsights.Core.Configuration;

/// <summary>
/// The resolved configuration of one KoersInsights process (product.md, "Configuration").
/// </summary>
/// <param name="Home">Folder of the embedded defaults: lake, local PostgreSQL cluster, pseudonymisation key.</param>
/// <param name="Lake">A folder path, or a blob container URL.</param>
/// <param name="LakeKey">Storage account key (SharedKey; development and Azurite only); null → Entra ID credential.</param>
/// <param name="Warehouse">PostgreSQL connection string; null → the embedded local cluster under <see cref="Home"/>.</param>
/// <param name="Configuration">Everything else (schedules, region, thresholds) under the <c>Koers</c> section.</param>
public sealed record KoersSettings(
    string Home,
    string Lake,
    string? LakeKey,
    string? Warehouse,
    IConfiguration Configuration)
{
    /// <summary>True when <see cref="Lake"/> is a blob container URL rather than a folder.</summary>
    public bool LakeIsBlob => Lake.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || Lake.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>Koers:&lt;name&gt;</c> section, for a component's own options.</summary>
    public IConfigurationSection Section(string name) => Configuration.GetSection($"Koers:{name}");

    /// <summary>Printable form: never shows keys or passwords (reliability-privacy.md §17).</summary>
    public override string ToString() =>
        $"home={Home} lake={Lake} lakeKey={(LakeKey is null ? "none" : "set")} warehouse={(Warehouse is null ? "embedded" : "configured")}";
}
