using System.Text;
using KoersInsights.Ingestion.Tests.Support;
using static KoersInsights.Ingestion.Tests.Support.Deliveries;

namespace KoersInsights.Ingestion.Tests;

/// <summary>reliability-privacy.md §10: no clear identifier outside landing/ and quarantine/.</summary>
public sealed class PrivacyTests : IDisposable
{
    private readonly IngestTestLake _lake = new();

    public void Dispose() => _lake.Dispose();

    [Fact]
    public async Task No_bronze_or_manifest_object_contains_a_delivered_clear_pupil_id()
    {
        await _lake.PutAsync(IngestSource.Schools, VerzuimName, Verzuim([.. GoodVerzuimRows, "LL-100237;20FR00;absoluut;2023-13-01;;0599;ja"]));
        await _lake.PutAsync(IngestSource.Schools, "opp_20FR00_2023-2024.csv", "leerling_id;vestigingscode;datum_start;onderwijstype;leerjaar;woongemeente\nLL-100237;20FR00;2023-10-01;VMBO-GT;9;0599\nLL-100236;20FR00;2023-10-01;VMBO-GT;2;0599\n");
        await _lake.PutAsync(IngestSource.Surveys, "enquete_20FR00_2023-2024.csv", "respondent_id;vestigingscode;datum;doelgroep;vragenlijst;vraag_code;antwoord\nLL-100234;20FR00;2024-03-01;leerling;veiligheid;VEI01;4\nLL-100234;20FR00;2024-03-01;leerling;veiligheid;VEI01;5\n");
        await _lake.Service.IngestAsync(IngestSource.Schools, null, CancellationToken.None);
        await _lake.Service.IngestAsync(IngestSource.Surveys, null, CancellationToken.None);

        var scanned = 0;
        await foreach (var item in _lake.Lake.ListAsync(string.Empty))
        {
            if (item.Path.StartsWith("landing/", StringComparison.Ordinal) || item.Path.StartsWith("quarantine/", StringComparison.Ordinal)
                && !item.Path.EndsWith("reasons.csv", StringComparison.Ordinal))
            {
                continue;
            }

            var bytes = await _lake.ReadBytesAsync(item.Path);
            foreach (var id in ClearIds)
            {
                // Raw bytes in the encodings a writer might use; normalised (upper-case) form too.
                Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(id)), $"{id} found in {item.Path}");
                Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(id.ToLowerInvariant())), $"{id} found in {item.Path}");
                Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(id)), $"{id} (UTF-16) found in {item.Path}");
            }

            scanned++;
        }

        Assert.True(scanned >= 6, $"only {scanned} objects scanned");
    }

    [Fact]
    public async Task Decompressed_bronze_values_hold_pseudonyms_and_never_a_clear_id()
    {
        await _lake.PutAsync(IngestSource.Schools, VerzuimName, Verzuim(GoodVerzuimRows));
        await _lake.PutAsync(IngestSource.Surveys, "enquete_20FR00_2023-2024.csv", "respondent_id;vestigingscode;datum;doelgroep;vragenlijst;vraag_code;antwoord\nLL-100237;20FR00;2024-03-01;leerling;veiligheid;VEI01;4\n");
        await _lake.Service.IngestAsync(IngestSource.Schools, null, CancellationToken.None);
        await _lake.Service.IngestAsync(IngestSource.Surveys, null, CancellationToken.None);

        var values = new List<string>();
        await foreach (var item in _lake.Lake.ListAsync("bronze/"))
        {
            var table = await BronzeTable.ReadAsync(_lake, item.Path);
            Assert.DoesNotContain("leerling_id", table.Columns.Keys);
            Assert.DoesNotContain("respondent_id", table.Columns.Keys);
            values.AddRange(table.Columns.Values.SelectMany(c => c.Cast<object?>()).OfType<string>());
        }

        foreach (var id in ClearIds)
        {
            Assert.DoesNotContain(values, v => v.Contains(id, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Contains(_lake.Pseudonymizer.Pseudonymize("LL-100234"), values);
        Assert.Contains(_lake.Pseudonymizer.Pseudonymize("ll-100237 "), values);
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
