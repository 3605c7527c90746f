using System.Text.Json;
using KoersInsights.Core;

namespace KoersInsights.Ingestion.Profiles;

/// <summary>The mapping profiles shipped with KoersInsights (embedded JSON) plus any in a region's own folder.</summary>
public static class MappingProfiles
{
    private static readonly Lazy<IReadOnlyList<MappingProfile>> Embedded = new(LoadEmbedded);

    public static IReadOnlyList<MappingProfile> BuiltIn => Embedded.Value;

    /// <summary>Built-in profiles followed by every <c>*.json</c> in <paramref name="folder"/> (when it exists).</summary>
    public static IReadOnlyList<MappingProfile> Load(string? folder)
    {
        var profiles = new List<MappingProfile>(BuiltIn);
        if (folder is not null && Directory.Exists(folder))
        {
            foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                try
                {
                    profiles.Add(Parse(File.ReadAllText(file), file));
                }
                catch (JsonException ex)
                {
                    throw new KoersException($"{file}: not a valid mapping profile ({ex.Message})", ex);
                }
            }
        }

        return profiles;
    }

    public static MappingProfile Parse(string json, string origin)
    {
        var profile = JsonSerializer.Deserialize<MappingProfile>(json)
            ?? throw new KoersException($"{origin}: empty mapping profile");
        return string.IsNullOrWhiteSpace(profile.Name) ? throw new KoersException($"{origin}: a mapping profile needs a \"name\"") : profile;
    }

    private static IReadOnlyList<MappingProfile> LoadEmbedded()
    {
        var assembly = typeof(MappingProfiles).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Profiles.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return Parse(reader.ReadToEnd(), n);
            })];
    }
}
