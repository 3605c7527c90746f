using KoersInsights.Parquet.Compression;
using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.File;
using KoersInsights.Parquet.Schema;
using KoersInsights.Parquet.Tests.Support;

namespace KoersInsights.Parquet.Tests.File;

public class RoundTripTests
{
    public static TheoryData<int, CompressionMethod, bool> Cases()
    {
        var data = new TheoryData<int, CompressionMethod, bool>();
        for (var seed = 1; seed <= 12; seed++)
        {
            data.Add(seed, (CompressionMethod)(seed % 3), seed % 2 == 0);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Random_tables_read_back_exactly_as_written(int seed, CompressionMethod compression, bool dictionary)
    {
        var random = new Random(seed);
        var schema = RandomTable.Schema(random, allTypes: seed <= 3);
        var rowGroups = Enumerable.Range(0, random.Next(1, 4))
            .Select(_ => RandomTable.Columns(random, schema, random.Next(0, 3000), distinct: dictionary ? 20 : 0))
            .ToList();
        var options = new ParquetOptions { CompressionMethod = compression, UseDictionaryEncoding = dictionary, DataPageSize = 4096 };

        var file = await ParquetFiles.WriteAsync(schema, rowGroups, options);
        var read = await ParquetFiles.ReadAsync(file);

        Assert.Equal(rowGroups.Count, read.Count);
        for (var g = 0; g < rowGroups.Count; g++)
        {
            for (var c = 0; c < schema.DataFields.Count; c++)
            {
                ParquetFiles.AssertSameValues(rowGroups[g][c], read[g][c]);
            }
        }
    }

    [Fact]
    public async Task A_file_without_rows_keeps_its_schema()
    {
        var schema = new ParquetSchema(new DataField<int>("id"), new DataField<string>("name"));
        var file = await ParquetFiles.WriteAsync(schema, [RandomTable.Columns(new Random(1), schema, 0)]);

        using var reader = await ParquetReader.CreateAsync(new MemoryStream(file));
        Assert.Equal(schema, reader.Schema);
        Assert.Equal(0, reader.RowCount);
        Assert.Empty(await reader.OpenRowGroupReader(0).ReadColumnAsync<string>(reader.Schema["name"]));
    }

    [Fact]
    public async Task A_file_with_no_row_groups_is_valid()
    {
        var schema = new ParquetSchema(new DataField<int>("id"));
        var file = await ParquetFiles.WriteAsync(schema, []);

        using var reader = await ParquetReader.CreateAsync(new MemoryStream(file));
        Assert.Equal(0, reader.RowGroupCount);
    }

    [Fact]
    public async Task Many_small_row_groups_round_trip()
    {
        var random = new Random(7);
        var schema = new ParquetSchema(new DataField<long>("id"), new DataField<string>("code"), new DecimalDataField("amount", 14, 2, isNullable: true));
        var groups = Enumerable.Range(0, 200).Select(_ => RandomTable.Columns(random, schema, random.Next(0, 5))).ToList();

        var read = await ParquetFiles.ReadAsync(await ParquetFiles.WriteAsync(schema, groups));

        Assert.Equal(200, read.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            for (var c = 0; c < 3; c++)
            {
                ParquetFiles.AssertSameValues(groups[g][c], read[g][c]);
            }
        }
    }

    [Fact]
    public async Task Custom_metadata_round_trips()
    {
        var schema = new ParquetSchema(new DataField<int>("x"));
        var metadata = new Dictionary<string, string> { ["koers.delivery_id"] = "abc.0123456789abcdef", ["koers.schema_version"] = "1" };
        var file = await ParquetFiles.WriteAsync(schema, [[new DataColumn(schema.DataFields[0], new[] { 1, 2 })]], metadata: metadata);

        using var reader = await ParquetReader.CreateAsync(new MemoryStream(file));
        Assert.Equal(metadata, reader.CustomMetadata);
    }

    [Fact]
    public async Task Typed_span_columns_round_trip()
    {
        var id = new DataField<int>("id");
        var amount = new DataField<double?>("amount");
        var schema = new ParquetSchema(id, amount);
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream))
        {
            WriteSpans(writer, id, amount);
        }

        using var reader = await ParquetReader.CreateAsync(new MemoryStream(stream.ToArray()));
        var rowGroupReader = reader.OpenRowGroupReader(0);
        Assert.Equal(new[] { 3, 1, 2 }, await rowGroupReader.ReadColumnAsync<int>(id));
        Assert.Equal(new double?[] { null, 1.5, -0.25 }, await rowGroupReader.ReadColumnAsync<double?>(amount));
    }

    private static void WriteSpans(ParquetWriter writer, DataField<int> id, DataField<double?> amount)
    {
        using var rowGroup = writer.CreateRowGroup();
        rowGroup.WriteColumn<int>(id, new[] { 3, 1, 2 });
        rowGroup.WriteColumn<double?>(amount, new double?[] { null, 1.5, -0.25 });
    }
}
