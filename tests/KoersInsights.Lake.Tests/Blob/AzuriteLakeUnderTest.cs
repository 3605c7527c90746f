using KoersInsights.Lake.Blob;
using KoersInsights.Lake.Tests.Contract;

namespace KoersInsights.Lake.Tests.Blob;

/// <summary>
/// A new container per test on the test Azurite. Lease expiry really waits: Azurite has no clock to move and 15 s
/// is the shortest blob lease.
/// </summary>
public sealed class AzuriteLakeUnderTest : ILakeUnderTest
{
    private AzureBlobLake? _lake;

    public Task<ILakeStore> CreateAsync()
    {
        _lake = AzuriteLake.Create();
        return Task.FromResult<ILakeStore>(_lake);
    }

    public async Task DeleteAsync()
    {
        if (_lake is not null)
        {
            await _lake.Client.DeleteContainerIfExistsAsync();
        }
    }

    public Task PassTimeAsync(TimeSpan duration) => Task.Delay(duration);
}

[NeedsAzurite]
public sealed class AzuriteLakeContractTests : LakeContractTests<AzuriteLakeUnderTest>;

[NeedsAzurite]
public sealed class AzuriteLakeLeaseContractTests : LakeLeaseContractTests<AzuriteLakeUnderTest>;

[NeedsAzurite]
public sealed class AzuriteLakeVolumeContractTests : LakeVolumeContractTests<AzuriteLakeUnderTest>;
