using KoersInsights.Parquet.Compression;
using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.File;
using KoersInsights.Parquet.Schema;
using KoersInsights.Parquet.Tests.Support;
using KoersInsights.TestSupport;

namespace KoersInsights.Parquet.Tests.File;

/// <summary>Every file we write is read by DuckDB identically, and DuckDB's files read identically in ours.</summary>
public sealed class DuckDbCrossCheckTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("koers-parquet-").FullName;

    public static TheoryData<int, CompressionMethod, bool> WriterCases() => new()
    {
        { 1, CompressionMethod.Snappy, true },
        { 2, CompressionMethod.Snappy, false },
        { 3, CompressionMethod.Gzip, true },
        { 4, CompressionMethod.Gzip, false },
        { 5, CompressionMethod.None, true },
        { 6, CompressionMethod.None, false },
    };

    [NodeToolsTheory]
    [MemberData(nameof(WriterCases))]
    public async Task Files_we_write_read_identically_in_DuckDB(int seed, CompressionMethod compression, bool dictionary)
    {
        var random = new Random(seed);
        var schema = RandomTable.Schema(random, allTypes: true);
        var groups = Enumerable.Range(0, 3).Select(_ => RandomTable.Columns(random, schema, random.Next(0, 700), distinct: dictionary ? 25 : 0)).ToList();
        var path = Path.Combine(_dir, "ours.parquet");
        await System.IO.File.WriteAllBytesAsync(path, await ParquetFiles.WriteAsync(
            schema, groups, new ParquetOptions { CompressionMethod = compression, UseDictionaryEncoding = dictionary, DataPageSize = 2048 }));

        var (columns, rows) = await DuckDb.ReadAsync(path);

        Assert.Equal(schema.DataFields.Select(f => (f.Name, DuckDb.TypeName(f))), columns);
        AssertSameRows(groups, rows);
    }

    public static TheoryData<string, string, int, string> DuckDbCases() => new()
    {
        { "snappy_with_nulls", "snappy", 2048, "" },
        { "gzip_several_row_groups", "gzip", 2048, "" },
        { "uncompressed", "uncompressed", 100000, "" },
        { "default_v1", "snappy", 122880, "" },
        { "page_v2_delta", "snappy", 2048, "PARQUET_VERSION V2" },
        { "page_v2_gzip", "gzip", 4096, "PARQUET_VERSION V2" },
    };

    private const string DuckDbQuery = """
        SELECT i::INTEGER AS id,
               CASE WHEN i % 7 = 0 THEN NULL ELSE 'code_' || (i % 13) END AS code,
               i::BIGINT * 1000003 - 5000000000 AS big,
               (i % 100)::TINYINT AS tiny, (i * 3 % 30000)::SMALLINT AS small,
               i % 2 = 0 AS flag,
               CASE WHEN i % 5 = 0 THEN NULL ELSE (i * 1.25)::DECIMAL(9,2) END AS dec9,
               (i * 12345.6789 - 1e6)::DECIMAL(18,4) AS dec18,
               (i * 98765.4321)::DECIMAL(28,4) AS dec28,
               DATE '2020-01-01' + (i % 1500)::INTEGER AS day,
               TIMESTAMP '2023-08-01 08:00:00' + to_microseconds(i * 123457) AS ts,
               TIMESTAMPTZ '2023-08-01 08:00:00+00' + to_microseconds(i * 7) AS tstz,
               i / 7.0 AS dbl, (i / 3.0)::FLOAT AS flt,
               md5(i::VARCHAR) AS unique_text,
               CASE WHEN i % 11 = 0 THEN '' ELSE 'héllo ✓ ' || (i % 3) END AS unicode,
               NULL::INTEGER AS all_null,
               encode('b' || i::VARCHAR) AS blob
        FROM range(10000) t(i)
        """;

    [NodeToolsTheory]
    [MemberData(nameof(DuckDbCases))]
    public async Task Files_DuckDB_writes_read_identically_in_ours(string name, string codec, int rowGroupSize, string extra)
    {
        var path = Path.Combine(_dir, name + ".parquet");
        await DuckDb.WriteAsync(path, codec, rowGroupSize, DuckDbQuery, extra);
        var (columns, expected) = await DuckDb.ReadAsync(path);

        using var reader = await ParquetReader.CreateAsync(path);
        Assert.Equal(columns, reader.Schema.DataFields.Select(f => (f.Name, DuckDb.TypeName(f))));
        var groups = new List<DataColumn[]>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var rowGroup = reader.OpenRowGroupReader(g);
            var read = new List<DataColumn>();
            foreach (var field in reader.Schema.DataFields)
            {
                read.Add(await rowGroup.ReadColumnAsync(field));
            }

            groups.Add([.. read]);
        }

        AssertSameRows(groups, expected);
    }

    [NodeToolsFact]
    public async Task Statistics_we_write_agree_with_DuckDB_parquet_metadata()
    {
        var random = new Random(42);
        var schema = RandomTable.Schema(random, allTypes: true);
        var groups = Enumerable.Range(0, 2).Select(_ => RandomTable.Columns(random, schema, 500)).ToList();
        var path = Path.Combine(_dir, "stats.parquet");
        await System.IO.File.WriteAllBytesAsync(path, await ParquetFiles.WriteAsync(schema, groups));

        var metadata = await DuckDb.MetadataAsync(path);

        using var reader = await ParquetReader.CreateAsync(path);
        var checkedColumns = 0;
        foreach (var row in metadata)
        {
            var group = int.Parse(row["row_group_id"]!, System.Globalization.CultureInfo.InvariantCulture);
            var field = reader.Schema[row["path_in_schema"]!];
            var ours = reader.OpenRowGroupReader(group).GetStatistics(field)!;
            Assert.Equal(row["stats_null_count"], ours.NullCount?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (field.ColumnType.Kind is ValueKind.Bytes or ValueKind.Float or ValueKind.Double)
            {
                // DuckDB prints BLOB statistics as escaped text and floats in its own shortest form; values are
                // covered by the value cross-checks, so only presence is compared here.
                Assert.Equal(row["stats_min_value"] is null, ours.MinValue is null);
                continue;
            }

            Assert.True(DuckDb.Same(ours.MinValue, row["stats_min_value"]), $"{field.Name} min: ours {ours.MinValue}, DuckDB {row["stats_min_value"]}");
            Assert.True(DuckDb.Same(ours.MaxValue, row["stats_max_value"]), $"{field.Name} max: ours {ours.MaxValue}, DuckDB {row["stats_max_value"]}");
            checkedColumns++;
        }

        Assert.True(checkedColumns > 10);
    }

    [NodeToolsFact]
    public async Task A_ZSTD_file_gives_an_error_naming_the_codec()
    {
        var path = Path.Combine(_dir, "zstd.parquet");
        await DuckDb.WriteAsync(path, "zstd", 1000, "SELECT i FROM range(10) t(i)");

        using var reader = await ParquetReader.CreateAsync(path).ContinueWith(t => t.IsFaulted ? null : t.Result);
        var error = reader is null
            ? await Assert.ThrowsAsync<ParquetException>(() => ParquetReader.CreateAsync(path))
            : await Assert.ThrowsAsync<ParquetException>(() => reader.OpenRowGroupReader(0).ReadColumnAsync(reader.Schema.DataFields[0]));
        Assert.Contains("ZSTD", error.Message, StringComparison.Ordinal);
    }

    [NodeToolsFact]
    public async Task A_nested_file_gives_a_clear_error()
    {
        var path = Path.Combine(_dir, "nested.parquet");
        await DuckDb.WriteAsync(path, "snappy", 1000, "SELECT {'a': 1, 'b': 'x'} AS s, [1, 2] AS l");

        var error = await Assert.ThrowsAsync<ParquetException>(() => ParquetReader.CreateAsync(path));
        Assert.Contains("not supported", error.Message, StringComparison.Ordinal);
    }

    private static void AssertSameRows(IReadOnlyList<DataColumn[]> groups, List<string?[]> rows)
    {
        var row = 0;
        foreach (var columns in groups)
        {
            var count = columns.Length == 0 ? 0 : columns[0].Count;
            for (var r = 0; r < count; r++, row++)
            {
                Assert.True(row < rows.Count, $"DuckDB has only {rows.Count} rows");
                for (var c = 0; c < columns.Length; c++)
                {
                    var ours = columns[c].Data.GetValue(r);
                    var theirs = rows[row][c];
                    Assert.True(DuckDb.Same(ours, theirs), $"row {row} column {columns[c].Field.Name}: ours {ours}, DuckDB {theirs}");
                }
            }
        }

        Assert.Equal(rows.Count, row);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
