namespace KoersInsights.Ingestion.Values;

/// <summary>
/// An accepted-values list. Matching ignores case, spaces, hyphens and underscores (<c>Sociaal emotioneel</c> →
/// <c>sociaal_emotioneel</c>, <c>vmbo gt</c> → <c>VMBO-GT</c>) and returns the template's own spelling.
/// </summary>
public sealed class CodeList
{
    private readonly Dictionary<string, string> _byKey;

    public CodeList(params string[] codes)
    {
        Codes = codes;
        _byKey = codes.ToDictionary(Key, c => c, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Codes { get; }

    public bool TryNormalise(string text, out string code) => _byKey.TryGetValue(Key(text), out code!);

    public override string ToString() => string.Join(", ", Codes);

    private static string Key(string text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 128)];
        var n = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 128)))
        {
            if (c is not (' ' or '-' or '_'))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }
}
