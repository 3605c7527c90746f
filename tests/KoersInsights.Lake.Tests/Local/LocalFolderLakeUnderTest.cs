using KoersInsights.Lake.Local;
using KoersInsights.Lake.Tests.Contract;

namespace KoersInsights.Lake.Tests.Local;

/// <summary>A fresh temporary folder per test; lease expiry on a clock the test moves.</summary>
public sealed class LocalFolderLakeUnderTest : ILakeUnderTest
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "koers-lake-tests", Guid.NewGuid().ToString("N"));
    private readonly ManualTimeProvider _clock = new();

    public Task<ILakeStore> CreateAsync() => Task.FromResult<ILakeStore>(new LocalFolderLake(_folder, _clock));

    public Task DeleteAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    public Task PassTimeAsync(TimeSpan duration)
    {
        _clock.Advance(duration);
        return Task.CompletedTask;
    }
}

public sealed class LocalFolderLakeContractTests : LakeContractTests<LocalFolderLakeUnderTest>;

public sealed class LocalFolderLakeLeaseContractTests : LakeLeaseContractTests<LocalFolderLakeUnderTest>;

public sealed class LocalFolderLakeVolumeContractTests : LakeVolumeContractTests<LocalFolderLakeUnderTest>;
