using KoersInsights.Parquet.File;
using KoersInsights.Parquet.Records;
using KoersInsights.Parquet.Schema;

namespace KoersInsights.Parquet.Tests.Records;

public class ParquetTableTests
{
    [Fact]
    public async Task Rows_round_trip_with_projection_and_row_groups()
    {
        var schema = new ParquetSchema(new DataField<int>("id"), new DataField<string>("name"), new DecimalDataField("amount", 9, 2, isNullable: true));
        var table = new ParquetTable(schema, Enumerable.Range(0, 25).Select(i => new object?[] { i, $"n{i}", i % 3 == 0 ? null : i * 1.5m }));
        table.CustomMetadata["koers.schema_version"] = "1";
        using var stream = new MemoryStream();
        await table.WriteAsync(stream, new ParquetOptions { RowGroupSize = 10 });

        var read = await ParquetTable.ReadAsync(new MemoryStream(stream.ToArray()), ["amount", "id"]);

        Assert.Equal(["amount", "id"], read.Schema.DataFields.Select(f => f.Name));
        Assert.Equal(25, read.Rows.Count);
        Assert.Equal(new object?[] { 7.5m, 5 }, read.Rows[5]);
        Assert.Equal(new object?[] { null, 6 }, read.Rows[6]);
        Assert.Equal("1", read.CustomMetadata["koers.schema_version"]);
        using var reader = await ParquetReader.CreateAsync(new MemoryStream(stream.ToArray()));
        Assert.Equal(3, reader.RowGroupCount);
    }

    [Fact]
    public void Csv_types_are_inferred_over_the_whole_column()
    {
        const string csv = """
            code,leerjaar,aantal,bedrag,ratio,datum,moment,actief,postcode,naam
            A1,1,5000000000,12.5,1e3,2024-01-31,2024-01-31 08:00:00,true,01234,"de ""Koers"", VO"
            B2,,7,-0.25,2.5,,2024-02-01 09:30:00.5,false,9999,
            """;

        var table = ParquetCsvImport.ReadCsv(new StringReader(csv));

        Assert.Equal(
            ["code STRING", "leerjaar INT32 nullable", "aantal INT64", "bedrag DECIMAL(4,2)", "ratio DOUBLE", "datum DATE nullable",
             "moment TIMESTAMP(MICROS)", "actief BOOLEAN", "postcode STRING", "naam STRING nullable"],
            table.Schema.DataFields.Select(f => $"{f.Name} {f.ColumnType.Describe()}{(f.IsNullable ? " nullable" : "")}"));
        Assert.Equal(new object?[] { "A1", 1, 5000000000L, 12.5m, 1000d, new DateOnly(2024, 1, 31), new DateTime(2024, 1, 31, 8, 0, 0), true, "01234", "de \"Koers\", VO" }, table.Rows[0]);
        Assert.Null(table.Rows[1][1]);
    }

    [Fact]
    public async Task Csv_converts_to_a_parquet_file()
    {
        var dir = Directory.CreateTempSubdirectory("koers-csv-").FullName;
        try
        {
            var csvPath = Path.Combine(dir, "in.csv");
            await System.IO.File.WriteAllTextAsync(csvPath, "a,b\n1,x\n2,y\n");
            var parquetPath = Path.Combine(dir, "out.parquet");

            await ParquetCsvImport.ConvertAsync(csvPath, parquetPath);

            var table = await ParquetTable.ReadAsync(parquetPath);
            Assert.Equal(new object?[] { 2, "y" }, table.Rows[1]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
