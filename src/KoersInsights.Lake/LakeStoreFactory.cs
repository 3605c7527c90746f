using KoersInsights.Lake.Local;

namespace KoersInsights.Lake;

/// <summary>The lake for a configured location: a folder path, or a blob container URL (KOERS_LAKE).</summary>
public static class LakeStoreFactory
{
    public static ILakeStore Create(string lakeLocation, string? accountKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lakeLocation);
        if (lakeLocation.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || lakeLocation.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            // Interim: the Azure Blob store lands with the Blob REST client (same issue); until then say so plainly.
            throw new LakeException($"blob lakes are not available in this build yet ({new Uri(lakeLocation).GetLeftPart(UriPartial.Path)})");
        }

        return new LocalFolderLake(lakeLocation);
    }
}
