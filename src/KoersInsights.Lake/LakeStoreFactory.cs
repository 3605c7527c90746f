using KoersInsights.Lake.Blob;
using KoersInsights.Lake.Local;

namespace KoersInsights.Lake;

/// <summary>Turns <c>KOERS_LAKE</c> (and <c>KOERS_LAKE_KEY</c>) into a lake: an http(s) container URL or a folder.</summary>
public static class LakeStoreFactory
{
    /// <param name="lakeLocation">A folder path, or a container URL such as <c>https://acct.blob.core.windows.net/lake</c>.</param>
    /// <param name="accountKey">The storage account key; null or empty means Entra ID (DefaultAzureCredential).</param>
    public static ILakeStore Create(string lakeLocation, string? accountKey)
    {
        if (string.IsNullOrWhiteSpace(lakeLocation))
        {
            throw new LakeException("No lake location: set KOERS_LAKE to a folder or a blob container URL.");
        }

        if (lakeLocation.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || lakeLocation.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return AzureBlobLake.Create(lakeLocation, accountKey);
        }

        return new LocalFolderLake(lakeLocation);
    }
}
