using KoersInsights.Lake.Blob;
using KoersInsights.Lake.Local;

namespace KoersInsights.Lake.Tests;

public sealed class LakeStoreFactoryTests
{
    [Fact]
    public void A_folder_becomes_a_local_lake()
    {
        var folder = Path.Combine(Path.GetTempPath(), "koers-lake-tests", Guid.NewGuid().ToString("N"));
        try
        {
            Assert.IsType<LocalFolderLake>(LakeStoreFactory.Create(folder, accountKey: null));
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Fact]
    public void A_container_url_becomes_a_blob_lake_with_key_or_entra_id()
    {
        var emulator = Assert.IsType<AzureBlobLake>(LakeStoreFactory.Create("http://127.0.0.1:10000/devstoreaccount1/lake", "a2V5"));
        Assert.Equal("devstoreaccount1", emulator.Client.Address.AccountName);
        Assert.Equal("lake", emulator.Client.Address.ContainerName);
        Assert.True(emulator.Client.UsesSharedKey);

        var azure = Assert.IsType<AzureBlobLake>(LakeStoreFactory.Create("https://koersprod.blob.core.windows.net/lake", null));
        Assert.Equal("koersprod", azure.Client.Address.AccountName);
        Assert.Equal("https://koersprod.blob.core.windows.net/lake/bronze/a%3Db.parquet", azure.Client.Address.BlobUri("bronze/a=b.parquet").AbsoluteUri);
        Assert.False(azure.Client.UsesSharedKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("http://127.0.0.1:10000/devstoreaccount1/lake")] // tokens need https; an emulator needs the key
    [InlineData("https://koersprod.blob.core.windows.net/Bad_Name")]
    public void Unusable_locations_give_a_one_line_lake_error(string location) =>
        Assert.Throws<LakeException>(() => LakeStoreFactory.Create(location, null));
}
