using KoersInsights.Lake;

namespace KoersInsights.Extracts.Tests.Publishing;

/// <summary>Reads every file of a release folder back from the lake.</summary>
internal static class ReleaseReader
{
    public static async Task<Dictionary<string, byte[]>> ReadAsync(ILakeStore lake, string releasePath)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        await foreach (var item in lake.ListAsync(releasePath + "/"))
        {
            await using var stream = await lake.OpenReadAsync(item.Path);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            files[item.Path[(releasePath.Length + 1)..]] = copy.ToArray();
        }

        return files;
    }
}
