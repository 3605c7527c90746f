namespace KoersInsights.Lake.Blob;

/// <summary>What a service SAS covers (<c>sr</c>).</summary>
public enum BlobSasResource
{
    /// <summary><c>sr=b</c>: one blob.</summary>
    Blob,

    /// <summary><c>sr=c</c>: every blob in the container.</summary>
    Container,

    /// <summary>
    /// <c>sr=d</c>: every blob under a folder. Azure accepts it only on accounts with a hierarchical namespace
    /// (Data Lake Storage); Azurite 3.37 does not implement it (it knows sr=b, bs and c only).
    /// </summary>
    Directory,
}
