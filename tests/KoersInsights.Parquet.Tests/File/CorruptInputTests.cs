using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.File;
using KoersInsights.Parquet.Schema;
using KoersInsights.Parquet.Tests.Support;

namespace KoersInsights.Parquet.Tests.File;

/// <summary>Truncated, bit-flipped and garbage input fails with a ParquetException, never another exception or a hang.</summary>
public class CorruptInputTests
{
    private static async Task<byte[]> SampleAsync()
    {
        var random = new Random(3);
        var schema = RandomTable.Schema(random, allTypes: true);
        return await ParquetFiles.WriteAsync(schema, [RandomTable.Columns(random, schema, 60, distinct: 5), RandomTable.Columns(random, schema, 40)]);
    }

    [Fact]
    public async Task Every_truncation_fails_cleanly()
    {
        var file = await SampleAsync();
        for (var length = 0; length < file.Length; length += Math.Max(1, file.Length / 400))
        {
            await AssertCleanAsync(file[..length], mustFail: true);
        }
    }

    [Fact]
    public async Task Random_byte_corruption_fails_cleanly_or_reads()
    {
        var file = await SampleAsync();
        var random = new Random(11);
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var copy = (byte[])file.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                copy[random.Next(copy.Length)] = (byte)random.Next(256);
            }

            await AssertCleanAsync(copy, mustFail: false);
        }
    }

    [Fact]
    public async Task Garbage_footers_fail_cleanly()
    {
        var random = new Random(5);
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var footer = new byte[random.Next(1, 200)];
            random.NextBytes(footer);
            var file = new byte[4 + footer.Length + 8];
            "PAR1"u8.CopyTo(file);
            footer.CopyTo(file, 4);
            BitConverter.GetBytes(footer.Length).CopyTo(file, 4 + footer.Length);
            "PAR1"u8.CopyTo(file.AsSpan(file.Length - 4));

            await AssertCleanAsync(file, mustFail: false);
        }
    }

    [Fact]
    public async Task An_interrupted_write_leaves_no_valid_file()
    {
        var schema = new ParquetSchema(new DataField<int>("a"), new DataField<string>("b"));
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream))
        {
            using var rowGroup = writer.CreateRowGroup();
            await rowGroup.WriteColumnAsync(new DataColumn(schema.DataFields[0], new[] { 1, 2 }));
            await Assert.ThrowsAsync<ParquetException>(() => rowGroup.WriteColumnAsync(new DataColumn(schema.DataFields[1], new[] { "only one" })));
        }

        var error = await Assert.ThrowsAsync<ParquetException>(() => ParquetReader.CreateAsync(new MemoryStream(stream.ToArray())));
        Assert.Contains("footer is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_group_with_missing_columns_leaves_no_valid_file()
    {
        var schema = new ParquetSchema(new DataField<int>("a"), new DataField<int>("b"));
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream))
        {
            using var rowGroup = writer.CreateRowGroup();
            await rowGroup.WriteColumnAsync(new DataColumn(schema.DataFields[0], new[] { 1 }));
        }

        await Assert.ThrowsAsync<ParquetException>(() => ParquetReader.CreateAsync(new MemoryStream(stream.ToArray())));
    }

    [Fact]
    public async Task A_null_in_a_required_column_is_a_clear_error()
    {
        var schema = new ParquetSchema(new DataField<string>("code", isNullable: false));
        using var stream = new MemoryStream();
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        using var rowGroup = writer.CreateRowGroup();

        var error = await Assert.ThrowsAsync<ParquetException>(() => rowGroup.WriteColumnAsync(new DataColumn(schema.DataFields[0], new[] { "a", null })));
        Assert.Equal("Column 'code' is required but row 1 is null.", error.Message);
    }

    [Fact]
    public async Task A_decimal_with_too_many_decimals_is_a_clear_error()
    {
        var field = new DecimalDataField("uren", 9, 2);
        using var stream = new MemoryStream();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(field), stream);
        using var rowGroup = writer.CreateRowGroup();

        var error = await Assert.ThrowsAsync<ParquetException>(() => rowGroup.WriteColumnAsync(new DataColumn(field, new[] { 1.234m })));
        Assert.Contains("more than 2 decimals", error.Message, StringComparison.Ordinal);
    }

    private static async Task AssertCleanAsync(byte[] file, bool mustFail)
    {
        try
        {
            await ParquetFiles.ReadAsync(file);
            Assert.False(mustFail, $"a truncated file of {file.Length} bytes was read as valid");
        }
        catch (ParquetException)
        {
        }
    }
}
