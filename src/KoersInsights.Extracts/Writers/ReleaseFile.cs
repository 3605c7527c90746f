using System.Security.Cryptography;

namespace KoersInsights.Extracts.Writers;

/// <summary>A file of a release before it goes to the lake: name, bytes, SHA-256 and the number of data rows.</summary>
public sealed record ReleaseFile(string Name, byte[] Content, int Rows, string ContentType)
{
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Content));
}
