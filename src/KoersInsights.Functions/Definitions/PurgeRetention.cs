using System.Globalization;
using Dapper;
using KoersInsights.Lake;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace KoersInsights.Functions.Definitions;

/// <summary>
/// Deletes pupil-level data past its retention term (reliability-privacy.md §11), configurable under
/// <c>Koers:Retention</c>: TLV data 3 years after the decision (<c>TlvYears</c>), other pupil-level data 5 years after
/// its schooljaar (<c>PupilYears</c>), delivered files in landing/ and quarantine/ — the only places clear ids live —
/// after 365 days (<c>LandingDays</c>). In the warehouse per row; in bronze per schooljaar partition, deleted as soon
/// as the partition's oldest possible row is past the term ("at most N years" is never exceeded).
/// </summary>
public sealed class PurgeRetention(TimeProvider? clock = null) : IKoersFunction
{
    /// <summary>Bronze entities holding pupil-level rows; DUO, consultatie, middelen, doelen, regio and vragen do not.</summary>
    private static readonly string[] PupilEntities =
        ["schools/trajectvoorziening", "schools/observatie", "schools/opp", "schools/ondersteuning", "schools/verzuim",
         "schools/doorstroom", "surveys/enquete"];

    public string Name => "PurgeRetention";

    public string DefaultSchedule => "0 0 5 1 * *";

    public async Task<FunctionResult> RunAsync(FunctionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var section = context.Settings.Configuration.GetSection("Koers:Retention");
        var tlvYears = section.GetValue("TlvYears", 3);
        var pupilYears = section.GetValue("PupilYears", 5);
        var landingDays = section.GetValue("LandingDays", 365);
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var tlvCutoff = today.AddYears(-tlvYears);
        var pupilCutoff = today.AddYears(-pupilYears);

        long rows;
        await using (var connection = new NpgsqlConnection(context.WarehouseConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var deleted = await connection.QueryAsync<(string Tabel, long Verwijderd)>(new CommandDefinition(
                "SELECT tabel, verwijderd FROM dw.purge_retention(@tlvCutoff, @pupilCutoff)",
                new { tlvCutoff, pupilCutoff },
                transaction,
                cancellationToken: cancellationToken));
            rows = deleted.Sum(d => d.Verwijderd);
            await transaction.CommitAsync(cancellationToken);
        }

        var files = 0;
        files += await DeleteBronzeAsync(context.Lake, ["schools/tlv"], tlvCutoff, cancellationToken);
        files += await DeleteBronzeAsync(context.Lake, PupilEntities, pupilCutoff, cancellationToken);
        files += await DeleteOlderThanAsync(context.Lake, "landing/", now.AddDays(-landingDays), cancellationToken);
        files += await DeleteOlderThanAsync(context.Lake, "quarantine/", now.AddDays(-landingDays), cancellationToken);
        return new FunctionResult(
            0,
            rows,
            0,
            string.Create(CultureInfo.InvariantCulture,
                $"purged {rows:N0} pupil-level rows (TLV before {tlvCutoff:yyyy-MM-dd}, other before {pupilCutoff:yyyy-MM-dd}) and {files:N0} lake files"));
    }

    /// <summary>Partitions <c>schooljaar=yyyy-yyyy</c> whose first day (1 August) is before the cutoff.</summary>
    private static async Task<int> DeleteBronzeAsync(ILakeStore lake, IEnumerable<string> entities, DateOnly cutoff, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var entity in entities)
        {
            await foreach (var item in lake.ListAsync($"bronze/{entity}/schooljaar=", cancellationToken))
            {
                var partition = item.Path.Split('/')[3]["schooljaar=".Length..];
                if (int.TryParse(partition.AsSpan(0, 4), CultureInfo.InvariantCulture, out var startYear)
                    && new DateOnly(startYear, 8, 1) < cutoff
                    && await lake.DeleteAsync(item.Path, cancellationToken))
                {
                    deleted++;
                }
            }
        }

        return deleted;
    }

    private static async Task<int> DeleteOlderThanAsync(ILakeStore lake, string prefix, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var old = new List<string>();
        await foreach (var item in lake.ListAsync(prefix, cancellationToken))
        {
            if (item.LastModified < cutoff)
            {
                old.Add(item.Path);
            }
        }

        foreach (var path in old)
        {
            await lake.DeleteAsync(path, cancellationToken);
        }

        return old.Count;
    }
}
