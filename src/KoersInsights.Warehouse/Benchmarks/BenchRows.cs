using System.Globalization;
using System.Text;
using KoersInsights.Ingestion.Manifest;
using KoersInsights.Lake;
using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.File;
using KoersInsights.Parquet.Schema;
using KoersInsights.Warehouse.Load;

namespace KoersInsights.Warehouse.Benchmarks;

/// <summary>Deterministic synthetic rows for <see cref="LoadBenchmark"/>: the same TV registrations as batches and as CSV.</summary>
internal static class BenchRows
{
    private const int BatchSize = 1_000_000;
    private static readonly DateOnly SchoolYearStart = new(2023, 8, 1);
    private static readonly DateTime IngestedAt = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    public static async IAsyncEnumerable<ColumnBatch> TvBatchesAsync(long rows)
    {
        for (long first = 0; first < rows; first += BatchSize)
        {
            var n = (int)Math.Min(BatchSize, rows - first);
            var deliveryId = DeliveryId((int)(first / BatchSize));
            var pupil = new string?[n];
            var school = new string?[n];
            var aanmelding = new DateOnly?[n];
            var reden = new string?[n];
            var einde = new DateOnly?[n];
            var uitkomst = new string?[n];
            var type = new string?[n];
            var leerjaar = new int?[n];
            var opp = new bool?[n];
            var woon = new string?[n];
            var id = new string?[n];
            var file = new string?[n];
            var line = new long?[n];
            var at = new DateTime?[n];
            for (var j = 0; j < n; j++)
            {
                var i = first + j;
                pupil[j] = i.ToString("x64", CultureInfo.InvariantCulture);
                school[j] = (i % 1500).ToString("D4", CultureInfo.InvariantCulture) + "10";
                aanmelding[j] = SchoolYearStart.AddDays((int)(i % 300));
                reden[j] = "gedrag";
                einde[j] = i % 2 == 0 ? aanmelding[j]!.Value.AddDays(30) : null;
                uitkomst[j] = i % 2 == 0 ? "terug_in_klas" : null;
                type[j] = "HAVO";
                leerjaar[j] = (int)(1 + (i % 6));
                opp[j] = i % 3 == 0;
                woon[j] = "0599";
                id[j] = deliveryId;
                file[j] = "bench.csv";
                line[j] = i + 2;
                at[j] = IngestedAt;
            }

            await Task.Yield();
            yield return new ColumnBatch(
            [
                new("leerling_pseudonym", pupil), new("vestigingscode", school), new("datum_aanmelding", aanmelding), new("reden", reden),
                new("datum_einde", einde), new("uitkomst", uitkomst), new("onderwijstype", type), new("leerjaar", leerjaar),
                new("heeft_opp", opp), new("woongemeente", woon), new("delivery_id", id), new("source_file", file),
                new("source_line", line), new("ingested_at", at),
            ], n);
        }
    }

    /// <summary>Columns of the CSV (and of the psql target table), in bronze order.</summary>
    public const string TvCsvColumns =
        "leerling_pseudonym text, vestigingscode text, datum_aanmelding date, reden text, datum_einde date, uitkomst text, " +
        "onderwijstype text, leerjaar integer, heeft_opp boolean, woongemeente text, delivery_id text, source_file text, " +
        "source_line bigint, ingested_at timestamptz";

    /// <summary>
    /// The rows as bronze TV deliveries of <see cref="BatchSize"/> rows each (one Parquet file and manifest entry per
    /// delivery, as ingestion leaves them). Returns the number of deliveries.
    /// </summary>
    public static async Task<int> WriteTvBronzeAsync(ILakeStore lake, long rows)
    {
        var manifest = new DeliveryManifest(lake);
        var count = 0;
        await foreach (var batch in TvBatchesAsync(rows))
        {
            var logicalName = LogicalName(count);
            var deliveryId = DeliveryId(count);
            var path = $"bronze/schools/trajectvoorziening/schooljaar=2023-2024/{deliveryId}.parquet";
            var fields = batch.Columns.Select(c => new DataField(c.Name, c.Values.GetType().GetElementType()!)).ToArray();
            using (var buffer = new MemoryStream())
            {
                await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), buffer))
                {
                    await writer.WriteTableAsync([.. batch.Columns.Select((c, i) => new DataColumn(fields[i], c.Values))]);
                }

                buffer.Position = 0;
                await lake.WriteAsync(path, buffer);
            }

            await manifest.TryCreateAsync(new DeliveryManifestEntry
            {
                DeliveryId = deliveryId,
                Source = "schools",
                Entity = "trajectvoorziening",
                LogicalName = logicalName,
                Schooljaar = "2023-2024",
                FileName = logicalName + ".csv",
                Sha256 = new string('0', 64),
                IngestedAt = IngestedAt,
                RowsDelivered = batch.RowCount,
                RowsLoaded = batch.RowCount,
                RowsQuarantined = 0,
                BronzeRows = batch.RowCount,
                Status = "loaded",
                BronzePath = path,
                Reasons = [],
                ReasonCount = 0,
                SchemaVersion = "1",
            });
            count++;
        }

        return count;
    }

    private static string LogicalName(int delivery) => $"trajectvoorziening_bench{delivery:000}_2023-2024";

    private static string DeliveryId(int delivery) => $"{LogicalName(delivery)}.{delivery:x16}";

    public static async Task WriteTvCsvAsync(string path, long rows)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        await foreach (var batch in TvBatchesAsync(rows))
        {
            var cols = batch.Columns.Select(c => c.Values).ToArray();
            var line = new StringBuilder();
            for (var r = 0; r < batch.RowCount; r++)
            {
                line.Clear();
                for (var c = 0; c < cols.Length; c++)
                {
                    if (c > 0)
                    {
                        line.Append(',');
                    }

                    line.Append(cols[c].GetValue(r) switch
                    {
                        null => string.Empty,
                        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss+00", CultureInfo.InvariantCulture),
                        bool b => b ? "t" : "f",
                        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                        var v => v.ToString(),
                    });
                }

                await writer.WriteLineAsync(line);
            }
        }
    }

    /// <summary>
    /// A national-size region straight into dw (the recompute is measured, not the load): per vestiging × schooljaar
    /// 20 TV registrations, 30 OPPs, 10 verzuim cases, 150 doorstroom pupils, 5 TLV requests and a DUO count (1 in 97 masked).
    /// </summary>
    public static string NationalRegionSql(int vestigingen, int schooljaren) => string.Create(CultureInfo.InvariantCulture, $"""
        INSERT INTO dw.swv VALUES ('BENCH', 'national benchmark') ON CONFLICT DO NOTHING;
        INSERT INTO dw.dim_gemeente (gemeentecode, naam, in_swv_gebied) SELECT lpad(g::text, 4, '0'), 'G' || g, true FROM generate_series(1, 300) g ON CONFLICT DO NOTHING;
        INSERT INTO dw.dim_subregio (naam) SELECT 'R' || r FROM generate_series(1, 40) r ON CONFLICT DO NOTHING;
        INSERT INTO dw.vestiging (vestigingscode) SELECT lpad(v::text, 4, '0') || '20' FROM generate_series(1, {vestigingen}) v;
        INSERT INTO dw.dim_vestiging (vestiging_id, vestigingscode, vestigingsnaam, gemeente_key, subregio_key, in_swv, valid_from, valid_to, is_current, is_inferred)
        SELECT x.vestiging_id, x.vestigingscode, 'School ' || x.vestigingscode,
               (SELECT gemeente_key FROM dw.dim_gemeente WHERE gemeentecode = lpad((1 + x.vestiging_id % 300)::text, 4, '0')),
               (SELECT subregio_key FROM dw.dim_subregio WHERE naam = 'R' || (1 + x.vestiging_id % 40)),
               true, '-infinity', 'infinity', true, false
        FROM dw.vestiging x WHERE x.vestigingscode LIKE '%20';
        CREATE TEMP TABLE bench_vj AS
        SELECT v.vestiging_id, k FROM dw.vestiging v CROSS JOIN generate_series(2016, {2016 + schooljaren - 1}) k WHERE v.vestigingscode LIKE '%20';
        INSERT INTO dw.fact_duo_leerlingen (vestiging_id, schooljaar_key, aantal_leerlingen, leerlingen_gemaskeerd, aantal_vavo, vavo_gemaskeerd, delivery_schooljaar, delivery_id, source_line, ingested_at)
        SELECT vestiging_id, k, CASE WHEN (vestiging_id + k) % 97 = 0 THEN NULL ELSE 300 + (vestiging_id * 7 + k) % 900 END, (vestiging_id + k) % 97 = 0,
               (vestiging_id + k) % 9, false, k || '-' || (k + 1), 'bench', 1, now() FROM bench_vj;
        INSERT INTO dw.fact_tv_registratie (vestiging_id, leerling_pseudonym, datum_aanmelding, reden, datum_einde, uitkomst, onderwijstype, leerjaar, heeft_opp, woongemeente, delivery_schooljaar, delivery_id, source_line, ingested_at)
        SELECT vestiging_id, md5(vestiging_id || '-' || k || '-' || n) || md5('tv' || n), make_date(k, 8, 1) + (n * 13 % 330), 'gedrag',
               CASE WHEN n % 2 = 0 THEN make_date(k, 8, 1) + (n * 13 % 330) + 20 + n END, CASE WHEN n % 2 = 0 THEN 'terug_in_klas' END,
               'HAVO', 1 + n % 6, n % 3 = 0, lpad((1 + n % 300)::text, 4, '0'), k || '-' || (k + 1), 'bench', n, now()
        FROM bench_vj CROSS JOIN generate_series(1, 20) n;
        INSERT INTO dw.fact_opp (vestiging_id, leerling_pseudonym, datum_start, datum_einde, datum_laatste_evaluatie, onderwijstype, leerjaar, woongemeente, delivery_schooljaar, delivery_id, source_line, ingested_at)
        SELECT vestiging_id, md5(vestiging_id || '-' || k || '-opp' || n) || md5('opp' || n), make_date(k, 8, 1) - (n * 40 % 700),
               CASE WHEN n % 3 = 0 THEN make_date(k, 12, 1) END, make_date(k, 8, 1) - (n * 17 % 500), 'HAVO', 1 + n % 6,
               lpad((1 + n % 300)::text, 4, '0'), k || '-' || (k + 1), 'bench', n, now()
        FROM bench_vj CROSS JOIN generate_series(1, 30) n;
        INSERT INTO dw.fact_verzuim (vestiging_id, leerling_pseudonym, soort, datum_start, datum_einde, woongemeente, gemeld_leerplicht, delivery_schooljaar, delivery_id, source_line, ingested_at)
        SELECT vestiging_id, md5(vestiging_id || '-' || k || '-vz' || n) || md5('vz' || n), (ARRAY['thuiszitter', 'absoluut', 'relatief_langdurig'])[1 + n % 3],
               make_date(k, 8, 1) + (n * 31 % 330), CASE WHEN n % 2 = 0 THEN make_date(k, 8, 1) + (n * 31 % 330) + 60 END,
               lpad((1 + n % 300)::text, 4, '0'), true, k || '-' || (k + 1), 'bench', n, now()
        FROM bench_vj CROSS JOIN generate_series(1, 10) n;
        INSERT INTO dw.fact_doorstroom (vestiging_id, leerling_pseudonym, schooljaar_key, onderwijstype, leerjaar, uitkomst, heeft_opp, zij_instroom, ondersteuningsbehoefte, delivery_schooljaar, delivery_id, source_line, ingested_at)
        SELECT vestiging_id, md5(vestiging_id || '-' || k || '-ds' || n) || md5('ds' || n), k, 'HAVO', 1 + n % 6,
               (ARRAY['bevorderd', 'doublure', 'afstroom', 'opstroom', 'diploma', 'uitstroom_vavo'])[1 + n % 6], n % 5 = 0, n % 7 = 0, n % 4 = 0,
               k || '-' || (k + 1), 'bench', n, now()
        FROM bench_vj CROSS JOIN generate_series(1, 150) n;
        INSERT INTO dw.fact_tlv_aanvraag (aanvraag_id, vestiging_id, leerling_pseudonym, datum_aanvraag, datum_besluit, besluit, categorie, woongemeente, delivery_schooljaar, delivery_id, source_line, ingested_at)
        SELECT vestiging_id || '-' || k || '-' || n, vestiging_id, md5(vestiging_id || '-' || k || '-tlv' || n) || md5('tlv' || n), make_date(k, 9, 1) + n * 40,
               make_date(k, 9, 1) + n * 40 + 10 + n * 7, CASE WHEN n % 2 = 0 THEN 'afgegeven' ELSE 'afgewezen' END, (ARRAY['laag', 'midden', 'hoog'])[1 + n % 3],
               lpad((1 + n % 300)::text, 4, '0'), k || '-' || (k + 1), 'bench', n, now()
        FROM bench_vj CROSS JOIN generate_series(1, 5) n;
        ANALYZE;
        """);
}
