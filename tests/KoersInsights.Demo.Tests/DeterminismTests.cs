namespace KoersInsights.Demo.Tests;

public sealed class DeterminismTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"koers-demo-det-{Guid.NewGuid():N}");

    [Fact]
    public void Same_seed_writes_byte_identical_files()
    {
        var first = DemoRegionGenerator.Generate(DemoRegionOptions.Small, Path.Combine(_root, "a"));
        var second = DemoRegionGenerator.Generate(DemoRegionOptions.Small, Path.Combine(_root, "b"));

        Assert.Equal(first.Files.Select(f => f.RelativePath), second.Files.Select(f => f.RelativePath));
        foreach (var file in first.Files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(first.OutputFolder, file.RelativePath)).AsSpan()
                    .SequenceEqual(File.ReadAllBytes(Path.Combine(second.OutputFolder, file.RelativePath))),
                $"{file.RelativePath} differs between two runs with the same seed");
        }
    }

    [Fact]
    public void Regenerating_into_the_same_folder_leaves_the_same_files()
    {
        var folder = Path.Combine(_root, "same");
        var first = DemoRegionGenerator.Generate(DemoRegionOptions.Small, folder);
        var bytes = first.Files.ToDictionary(f => f.RelativePath, f => File.ReadAllBytes(Path.Combine(folder, f.RelativePath)));

        DemoRegionGenerator.Generate(DemoRegionOptions.Small, folder);

        var onDisk = Directory.GetFiles(Path.Combine(folder, "landing"), "*", SearchOption.AllDirectories);
        Assert.Equal(bytes.Count, onDisk.Length);
        Assert.All(bytes, kv => Assert.Equal(kv.Value, File.ReadAllBytes(Path.Combine(folder, kv.Key))));
    }

    [Fact]
    public void Another_seed_gives_other_pupils()
    {
        var a = DemoRegionGenerator.Generate(DemoRegionOptions.Small, Path.Combine(_root, "s1"));
        var b = DemoRegionGenerator.Generate(DemoRegionOptions.Small with { Seed = 7 }, Path.Combine(_root, "s2"));

        var tvA = a.Files.First(f => f.FileName.StartsWith("tlv_", StringComparison.Ordinal));
        var tvB = b.Files.First(f => f.FileName.StartsWith("tlv_", StringComparison.Ordinal));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(a.OutputFolder, tvA.RelativePath)), File.ReadAllBytes(Path.Combine(b.OutputFolder, tvB.RelativePath)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
