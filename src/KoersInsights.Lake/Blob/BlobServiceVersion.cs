namespace KoersInsights.Lake.Blob;

/// <summary>The Blob REST API version every request and SAS is pinned to.</summary>
public static class BlobServiceVersion
{
    /// <summary>
    /// 2025-01-05: in Azurite 3.37's list of accepted versions (it answers 400 to versions it does not know when started
    /// without --skipApiVersionCheck) and generally available in Azure. Service SAS strings-to-sign use the
    /// 2020-12-06+ layout (with signedEncryptionScope); user-delegation SAS the 2020-12-06 – 2025-05-05 layout.
    /// </summary>
    public const string Current = "2025-01-05";
}
