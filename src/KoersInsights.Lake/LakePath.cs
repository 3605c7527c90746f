namespace KoersInsights.Lake;

/// <summary>
/// Rules for lake paths, shared by every store so a path valid on a laptop is valid in Azure: '/'-separated,
/// relative, no empty, '.' or '..' segments, no backslashes or control characters.
/// </summary>
public static class LakePath
{
    /// <summary>Throws <see cref="LakeException"/> when <paramref name="path"/> is not a valid object path.</summary>
    public static string ValidateObject(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            throw new LakeException("A lake path must not be empty.");
        }

        if (path.EndsWith('/'))
        {
            throw new LakeException($"'{path}' ends in '/': that is a prefix, not an object path.");
        }

        ValidateSegments(path, path.Split('/'));
        return path;
    }

    /// <summary>
    /// Throws when <paramref name="prefix"/> cannot start any valid path. Empty means everything; a prefix may end
    /// in '/' (a folder) or in part of a name.
    /// </summary>
    public static string ValidatePrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length == 0)
        {
            return prefix;
        }

        var segments = prefix.Split('/');
        // The last segment may be empty (prefix ends in '/') or partial; the ones before it must be whole names.
        ValidateSegments(prefix, segments[..^1]);
        var last = segments[^1];
        if (last.Length > 0)
        {
            ValidateCharacters(prefix, last);
        }

        return prefix;
    }

    /// <summary>True when the prefix names a folder (ends in '/') or is empty (the whole lake).</summary>
    public static bool IsFolderPrefix(string pathOrPrefix) => pathOrPrefix.Length == 0 || pathOrPrefix.EndsWith('/');

    private static void ValidateSegments(string path, string[] segments)
    {
        foreach (var segment in segments)
        {
            if (segment.Length == 0)
            {
                throw new LakeException(
                    path.StartsWith('/')
                        ? $"'{path}' is absolute: lake paths are relative, e.g. bronze/duo/x.parquet."
                        : $"'{path}' has an empty segment ('//'): lake paths are '/'-separated names.");
            }

            if (segment is "." or "..")
            {
                throw new LakeException($"'{path}' contains '{segment}': lake paths may not step out of or around a folder.");
            }

            ValidateCharacters(path, segment);
        }
    }

    private static void ValidateCharacters(string path, string segment)
    {
        foreach (var c in segment)
        {
            if (c == '\\' || char.IsControl(c))
            {
                throw new LakeException($"'{path}' contains a backslash or control character; use '/' between names.");
            }
        }

        if (segment.Length >= 2 && segment[1] == ':' && char.IsAsciiLetter(segment[0]))
        {
            throw new LakeException($"'{path}' looks like a drive path: lake paths are relative.");
        }
    }
}
