using Microsoft.Extensions.Configuration;

namespace KoersInsights.Core.Configuration;

/// <summary>
/// Builds <see cref="KoersSettings"/> from, in increasing precedence: <c>koers.json</c> (keys <c>Koers:Home</c> …),
/// the environment (<c>KOERS_HOME</c>, <c>KOERS_LAKE</c>, <c>KOERS_LAKE_KEY</c>, <c>KOERS_WAREHOUSE</c>, and any
/// <c>Koers__Section__Key</c>), then command-line flags.
/// </summary>
public static class KoersSettingsLoader
{
    private static readonly (string Variable, string Key)[] ShortVariables =
    [
        ("KOERS_HOME", "Koers:Home"),
        ("KOERS_LAKE", "Koers:Lake"),
        ("KOERS_LAKE_KEY", "Koers:LakeKey"),
        ("KOERS_WAREHOUSE", "Koers:Warehouse"),
    ];

    /// <param name="root">The repository (or installation) root: default home is <c>root/.koers</c>, and
    /// <c>root/koers.json</c> is read when present.</param>
    /// <param name="flags">Values given on the command line, keyed like <c>Koers:Home</c>; null values are ignored.</param>
    /// <param name="environment">The environment; defaults to the process environment.</param>
    /// <param name="defaultsFile">A JSON file of defaults below everything else (a host's appsettings.json).</param>
    public static KoersSettings Load(
        string root,
        IReadOnlyDictionary<string, string?>? flags = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? defaultsFile = null)
    {
        environment ??= ProcessEnvironment();
        var builder = new ConfigurationBuilder();
        if (defaultsFile is not null && File.Exists(defaultsFile))
        {
            builder.AddJsonFile(defaultsFile, optional: true, reloadOnChange: false);
        }

        var json = Path.Combine(root, "koers.json");
        if (File.Exists(json))
        {
            builder.AddJsonFile(json, optional: true, reloadOnChange: false);
        }

        builder.AddInMemoryCollection(environment
            .Where(e => e.Key.StartsWith("Koers__", StringComparison.OrdinalIgnoreCase))
            .Select(e => KeyValuePair.Create(e.Key.Replace("__", ":", StringComparison.Ordinal), e.Value)));
        builder.AddInMemoryCollection(ShortVariables
            .Where(v => !string.IsNullOrWhiteSpace(environment.GetValueOrDefault(v.Variable)))
            .Select(v => KeyValuePair.Create(v.Key, environment[v.Variable])));
        if (flags is not null)
        {
            builder.AddInMemoryCollection(flags.Where(f => !string.IsNullOrWhiteSpace(f.Value)));
        }

        IConfiguration configuration;
        try
        {
            configuration = builder.Build();
        }
        catch (InvalidDataException ex)
        {
            throw new KoersException($"{json}: not valid JSON ({ex.InnerException?.Message ?? ex.Message})", ex);
        }

        var home = Path.GetFullPath(NonEmpty(configuration["Koers:Home"]) ?? Path.Combine(root, ".koers"), root);
        var lake = NonEmpty(configuration["Koers:Lake"]) ?? Path.Combine(home, "lake");
        if (!lake.Contains("://", StringComparison.Ordinal))
        {
            lake = Path.GetFullPath(lake, root);
        }

        return new KoersSettings(
            home,
            lake.TrimEnd('/'),
            NonEmpty(configuration["Koers:LakeKey"]),
            NonEmpty(configuration["Koers:Warehouse"]),
            configuration);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Dictionary<string, string?> ProcessEnvironment() =>
        Environment.GetEnvironmentVariables()
            .Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal);
}
