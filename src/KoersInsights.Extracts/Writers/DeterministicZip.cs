using System.IO.Compression;

namespace KoersInsights.Extracts.Writers;

/// <summary>
/// Rewrites a zip (an XLSX package) with every entry in ordinal name order and one fixed timestamp: System.IO.Packaging
/// stamps entries with the current time, and names package-level relationships with random ids ("R" + hex) in
/// <c>_rels/.rels</c>; both would make every run's workbook differ. Those ids are referenced nowhere else (ECMA-376
/// Part 2, §9.3: a package relationship's id only has to be unique in its .rels part), so they are renumbered.
/// </summary>
public static partial class DeterministicZip
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
                if (entry.FullName == "_rels/.rels")
                {
                    using var reader = new StreamReader(from);
                    var number = 0;
                    var xml = RandomId().Replace(reader.ReadToEnd(), _ => $"Id=\"rIdPackage{++number}\"");
                    var bytes = new System.Text.UTF8Encoding(false).GetBytes(xml);
                    to.Write(bytes);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    [System.Text.RegularExpressions.GeneratedRegex("Id=\"R[0-9a-fA-F]+\"")]
    private static partial System.Text.RegularExpressions.Regex RandomId();
}
