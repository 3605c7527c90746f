using KoersInsights.Parquet.Compression;
using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.File;
using KoersInsights.Parquet.Schema;
using KoersInsights.Parquet.Tests.Support;
using KoersInsights.TestSupport;

namespace KoersInsights.Parquet.Tests.File;

/// <summary>
/// Our writer still produces the committed golden files byte for byte (each named after the case it covers).
/// Regenerate deliberately with KOERS_UPDATE_GOLDEN=1 after a format change, and say why in the commit.
/// GZIP is left out: its bytes depend on the platform's zlib build.
/// </summary>
public class GoldenFileTests
{
    private static readonly string GoldenDirectory =
        Path.Combine(TestEnvironment.RepositoryRoot, "tests", "KoersInsights.Parquet.Tests", "Golden");

    public static TheoryData<string> Cases() => [.. GoldenCases.All.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Writer_output_matches_the_golden_file(string name)
    {
        var (schema, columns, options) = GoldenCases.All[name]();
        var bytes = await ParquetFiles.WriteAsync(schema, [columns], options, new Dictionary<string, string> { ["koers.case"] = name });
        var path = Path.Combine(GoldenDirectory, name + ".parquet");
        if (Environment.GetEnvironmentVariable("KOERS_UPDATE_GOLDEN") == "1")
        {
            await System.IO.File.WriteAllBytesAsync(path, bytes);
        }

        Assert.True(System.IO.File.Exists(path), $"golden file {path} is missing; run with KOERS_UPDATE_GOLDEN=1 once");
        Assert.Equal(await System.IO.File.ReadAllBytesAsync(path), bytes);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Golden_file_reads_back_its_values(string name)
    {
        var (_, columns, _) = GoldenCases.All[name]();
        var read = await ParquetFiles.ReadAsync(await System.IO.File.ReadAllBytesAsync(Path.Combine(GoldenDirectory, name + ".parquet")));

        for (var c = 0; c < columns.Length; c++)
        {
            ParquetFiles.AssertSameValues(columns[c], read[0][c]);
        }
    }
}

internal static class GoldenCases
{
    public static readonly Dictionary<string, Func<(ParquetSchema, DataColumn[], ParquetOptions)>> All = new()
    {
        ["required_int32_plain_uncompressed"] = () => Case(
            new ParquetOptions { CompressionMethod = CompressionMethod.None, UseDictionaryEncoding = false },
            (new DataField<int>("n"), new[] { 1, -2, int.MaxValue, int.MinValue, 0 })),
        ["optional_strings_dictionary_snappy"] = () => Case(
            new ParquetOptions(),
            (new DataField<string>("code"), new[] { "b", null, "a", "b", "b", "é✓", "", null, "a", "b" })),
        ["bronze_like_row_snappy"] = () => Case(
            new ParquetOptions(),
            (new DataField<string>("vestigingscode", false), new[] { "00AA01", "00AA01", "12XY00" }),
            (new DataField<DateOnly?>("peildatum"), new DateOnly?[] { new(2023, 10, 1), null, new(2024, 10, 1) }),
            (new DataField<bool?>("opp"), new bool?[] { true, false, null }),
            (new DataField<int?>("leerjaar"), new int?[] { 1, null, 4 }),
            (new DataField<long>("source_line"), new[] { 2L, 3L, 4L }),
            (new DecimalDataField("uren", 9, 2, isNullable: true), new decimal?[] { 1.5m, null, -12.25m }),
            (new DecimalDataField("begroot", 14, 2, isNullable: true), new decimal?[] { 123456789012.34m, 0m, null }),
            (new DataField<DateTime>("ingested_at"), new[] { new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), new DateTime(2024, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc), DateTime.UnixEpoch })),
        ["decimal_fixed_len_byte_array_plain"] = () => Case(
            new ParquetOptions { UseDictionaryEncoding = false },
            (new DecimalDataField("big", 28, 4), new[] { 123456789012345678901234.5678m, -1m, 0m, decimal.Parse("-999999999999999999999999.9999", System.Globalization.CultureInfo.InvariantCulture) })),
        ["small_ints_floats_local_timestamps"] = () => Case(
            new ParquetOptions { CompressionMethod = CompressionMethod.None },
            (new DataField<sbyte>("i8"), new sbyte[] { -128, 127, 0 }),
            (new DataField<short?>("i16"), new short?[] { null, short.MinValue, short.MaxValue }),
            (new DataField<float>("f32"), new[] { -0f, 1.5f, float.NaN }),
            (new DataField<double>("f64"), new[] { double.MaxValue, -1e-300, 0d }),
            (new DateTimeDataField("local", isAdjustedToUtc: false), new[] { new DateTime(1969, 12, 31, 23, 59, 59, 999), new DateTime(2000, 1, 1), new DateTime(9999, 12, 31) }),
            (new DataField<byte[]>("bin"), new[] { new byte[] { 0, 255 }, [], new byte[] { 1 } })),
        ["zero_rows"] = () => Case(
            new ParquetOptions(),
            (new DataField<int>("id"), Array.Empty<int>()),
            (new DataField<string>("name"), Array.Empty<string>())),
    };

    private static (ParquetSchema, DataColumn[], ParquetOptions) Case(ParquetOptions options, params (DataField Field, Array Data)[] columns) =>
        (new ParquetSchema(columns.Select(c => (Field)c.Field)), [.. columns.Select(c => new DataColumn(c.Field, c.Data))], options);
}
