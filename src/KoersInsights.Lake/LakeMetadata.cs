namespace KoersInsights.Lake;

/// <summary>
/// Object metadata rules shared by every store. Blob metadata travels as <c>x-ms-meta-&lt;name&gt;</c> headers, so
/// names must be C# identifiers and values ASCII ("Set Blob Metadata", Azure Storage REST reference); names are
/// case-insensitive there, so every store returns them in lower case.
/// </summary>
public static class LakeMetadata
{
    public static IReadOnlyDictionary<string, string> Empty { get; } = new Dictionary<string, string>();

    /// <summary>Validates and lower-cases the names; throws <see cref="LakeException"/> naming the object.</summary>
    public static IReadOnlyDictionary<string, string> Normalize(string path, IReadOnlyDictionary<string, string>? metadata)
    {
        if (metadata is null || metadata.Count == 0)
        {
            return Empty;
        }

        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in metadata)
        {
            if (!IsIdentifier(name))
            {
                throw new LakeException($"{path}: metadata name '{name}' must start with a letter or '_' and hold only letters, digits and '_'.");
            }

            if (value.Any(c => c > '~' || (c < ' ' && c != '\t')))
            {
                throw new LakeException($"{path}: metadata '{name}' must be printable ASCII (it travels as an HTTP header).");
            }

            if (!result.TryAdd(name.ToLowerInvariant(), value.Trim()))
            {
                throw new LakeException($"{path}: metadata name '{name}' appears twice (names are case-insensitive).");
            }
        }

        return result;
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
