namespace KoersInsights.Parquet.Encodings;

/// <summary>Content equality for byte arrays (dictionary keys).</summary>
internal sealed class ByteArrayEquality : IEqualityComparer<byte[]>
{
    public static readonly ByteArrayEquality Instance = new();

    public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(byte[] obj)
    {
        var hash = default(HashCode);
        hash.AddBytes(obj);
        return hash.ToHashCode();
    }
}
