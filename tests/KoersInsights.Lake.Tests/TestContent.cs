using System.Security.Cryptography;

namespace KoersInsights.Lake.Tests;

internal static class TestContent
{
    public static byte[] Random(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static byte[] Filled(int length, byte value)
    {
        var bytes = new byte[length];
        Array.Fill(bytes, value);
        return bytes;
    }

    public static async Task<byte[]> ReadAllAsync(ILakeStore lake, string path)
    {
        await using var stream = await lake.OpenReadAsync(path);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    public static Task WriteAsync(ILakeStore lake, string path, byte[] bytes, LakeWriteOptions? options = null) =>
        lake.WriteAsync(path, new MemoryStream(bytes), options);

    public static string Md5(byte[] bytes) => Convert.ToBase64String(MD5.HashData(bytes));
}
