using KoersInsights.Lake.Blob;
using KoersInsights.TestSupport;

namespace KoersInsights.Lake.Tests.Blob;

/// <summary>A lake in its own, new container on the test Azurite.</summary>
internal static class AzuriteLake
{
    public static string NewContainerUrl() =>
        $"{TestEnvironment.AzuriteBlobEndpoint!.TrimEnd('/')}/t{Guid.NewGuid():N}";

    /// <summary>A small list page so 5,000 objects take ten pages without huge uploads.</summary>
    public static AzureBlobLake Create(string? containerUrl = null, string accountKey = TestEnvironment.AzuriteAccountKey) =>
        AzureBlobLake.Create(
            containerUrl ?? NewContainerUrl(),
            accountKey,
            new AzureBlobLakeOptions { Client = new BlobRestClientOptions { ListPageSize = 500 } });
}
