using System.Runtime.CompilerServices;
using KoersInsights.Warehouse.Load;

namespace KoersInsights.Warehouse.Tests.Load;

/// <summary>
/// Bronze deliveries held in memory with the column names and types of docs/lake.md, so the load's SQL can be
/// proven without Parquet files. Column types per entity: s string, d date, i int32, b boolean, m decimal.
/// </summary>
internal sealed class InMemoryBronze : IBronzeSource
{
    private static readonly Dictionary<string, string> Schemas = new(StringComparer.Ordinal)
    {
        ["trajectvoorziening"] = "leerling_pseudonym:s vestigingscode:s datum_aanmelding:d reden:s datum_einde:d uitkomst:s onderwijstype:s leerjaar:i heeft_opp:b woongemeente:s",
        ["observatie"] = "datum:d vestigingscode:s soort:s uitgevoerd_door:s leerling_pseudonym:s",
        ["opp"] = "leerling_pseudonym:s vestigingscode:s datum_start:d datum_einde:d datum_laatste_evaluatie:d onderwijstype:s leerjaar:i woongemeente:s",
        ["ondersteuning"] = "leerling_pseudonym:s vestigingscode:s soort:s datum_aanmelding:d datum_start:d datum_einde:d",
        ["verzuim"] = "leerling_pseudonym:s vestigingscode:s soort:s datum_start:d datum_einde:d woongemeente:s gemeld_leerplicht:b",
        ["doorstroom"] = "leerling_pseudonym:s vestigingscode:s schooljaar:s onderwijstype:s leerjaar:i uitkomst:s heeft_opp:b zij_instroom:b ondersteuningsbehoefte:b",
        ["tlv"] = "aanvraag_id:s leerling_pseudonym:s vestigingscode:s datum_aanvraag:d datum_besluit:d besluit:s categorie:s geldig_tot:d woongemeente:s",
        ["consultatie"] = "vestigingscode:s schooljaar:s activiteit:s aantal:i uren:m",
        ["middelen"] = "vestigingscode:s bestuur:s schooljaar:s categorie:s begroot:m gerealiseerd:m",
        ["doelen"] = "vestigingscode:s indicator:s nulmeting_schooljaar:s nulmeting_waarde:m doel_schooljaar:s doel_waarde:m speerpunt:i toelichting:s",
        ["regio"] = "subregio:s gemeentecode:s plaatsnaam:s postcode_van:s postcode_tot:s",
        ["enquete"] = "respondent_pseudonym:s vestigingscode:s datum:d doelgroep:s vragenlijst:s vraag_code:s antwoord:s",
        ["vragen"] = "vraag_code:s vraagtekst:s thema:s schaal:s hoger_is_beter:b",
        ["vestigingen"] = "vestigingscode:s instellingscode:s vestigingsnaam:s bevoegd_gezag_nummer:s postcode:s plaatsnaam:s gemeentenummer:s gemeentenaam:s denominatie:s onderwijsstructuur:s",
        ["leerlingen"] = "vestigingscode:s bevoegd_gezag_nummer:s aantal_leerlingen:i aantal_leerlingen_gemaskeerd:b aantal_vo_leerlingen_uitbesteed_aan_vavo:i aantal_vo_leerlingen_uitbesteed_aan_vavo_gemaskeerd:b",
        ["examens"] = "vestigingscode:s",
    };

    private readonly List<(DeliveryEntry Entry, List<object?[]> Rows)> _deliveries = [];

    public IReadOnlyList<DeliveryEntry> Entries => _deliveries.Select(d => d.Entry).ToList();

    /// <summary>Adds a delivery; rows hold the entity's columns in the order of its schema above.</summary>
    public DeliveryEntry Add(string source, string entity, string logicalName, string? schooljaar, DateTimeOffset ingestedAt, params object?[][] rows)
    {
        var id = $"{logicalName}.{Math.Abs(HashCode.Combine(logicalName, ingestedAt, rows.Length)):x16}"[..Math.Min(logicalName.Length + 17, 200)];
        var entry = new DeliveryEntry(id, source, entity, logicalName, schooljaar, ingestedAt, new string('a', 64), "loaded",
            $"bronze/{source}/{entity}/schooljaar={schooljaar}/{id}.parquet");
        _deliveries.Add((entry, rows.ToList()));
        return entry;
    }

    public Task<IReadOnlyList<DeliveryEntry>> ReadManifestAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DeliveryEntry>>(Entries);

    public async IAsyncEnumerable<ColumnBatch> ReadAsync(DeliveryEntry delivery, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = _deliveries.Single(d => d.Entry.DeliveryId == delivery.DeliveryId).Rows;
        var schema = Schemas[delivery.Entity].Split(' ').Select(c => c.Split(':')).ToArray();
        var columns = new List<BronzeColumn>();
        for (var c = 0; c < schema.Length; c++)
        {
            var index = c;
            columns.Add(new BronzeColumn(schema[c][0], schema[c][1] switch
            {
                "s" => rows.Select(r => (string?)r[index]).ToArray(),
                "d" => rows.Select(r => r[index] is string s ? DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null).ToArray(),
                "i" => rows.Select(r => (int?)r[index]).ToArray(),
                "b" => rows.Select(r => (bool?)r[index]).ToArray(),
                "m" => rows.Select(r => r[index] is null ? (decimal?)null : Convert.ToDecimal(r[index], System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
                _ => throw new InvalidOperationException(schema[c][1]),
            }));
        }

        columns.Add(new BronzeColumn("delivery_id", rows.Select(_ => (string?)delivery.DeliveryId).ToArray()));
        columns.Add(new BronzeColumn("source_file", rows.Select(_ => (string?)(delivery.LogicalName + ".csv")).ToArray()));
        columns.Add(new BronzeColumn("source_line", rows.Select((_, i) => (long?)(i + 2)).ToArray()));
        columns.Add(new BronzeColumn("ingested_at", rows.Select(_ => (DateTime?)delivery.IngestedAt.UtcDateTime).ToArray()));
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        yield return new ColumnBatch(columns, rows.Count);
    }
}
