namespace KoersInsights.Lake.Blob;

/// <summary>Settings of <see cref="AzureBlobLake"/>.</summary>
public sealed class AzureBlobLakeOptions
{
    /// <summary>Pipeline and transfer settings of the underlying REST client.</summary>
    public BlobRestClientOptions Client { get; init; } = new();

    /// <summary>
    /// True for an account with a hierarchical namespace (Data Lake Storage): read links for a prefix are then
    /// directory SAS (<c>sr=d</c>) limited to that folder. Without it a prefix link could only be a container SAS,
    /// which would expose every other prefix too, so only the whole-container prefix "" is allowed.
    /// </summary>
    public bool HierarchicalNamespace { get; init; }
}
