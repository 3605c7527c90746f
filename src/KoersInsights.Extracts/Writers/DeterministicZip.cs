using System.IO.Compression;

namespace KoersInsights.Extracts.Writers;

/// <summary>
/// Rewrites a zip (an XLSX package) with every entry in ordinal name order and one fixed timestamp: System.IO.Packaging
/// stamps entries with the current time, which would make every run's workbook differ by its bytes.
/// </summary>
public static class DeterministicZip
{
    // The earliest date a zip header can hold (MS-DOS date, 1980); says nothing about when the data was made.
    private static readonly DateTimeOffset Stamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] zip)
    {
        ArgumentNullException.ThrowIfNull(zip);
        using var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = Stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
