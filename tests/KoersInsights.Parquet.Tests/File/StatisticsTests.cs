using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.File;
using KoersInsights.Parquet.Schema;
using KoersInsights.Parquet.Tests.Support;

namespace KoersInsights.Parquet.Tests.File;

public class StatisticsTests
{
    private static async Task<ParquetReader> SingleColumnAsync(DataField field, params Array[] rowGroups)
    {
        var bytes = await ParquetFiles.WriteAsync(new ParquetSchema(field), [.. rowGroups.Select(data => new[] { new DataColumn(field, data) })]);
        return await ParquetReader.CreateAsync(new MemoryStream(bytes));
    }

    [Fact]
    public async Task Integers_use_signed_order()
    {
        var field = new DataField<int?>("n");
        using var reader = await SingleColumnAsync(field, new int?[] { 5, -7, null, int.MaxValue });

        Assert.Equal(new DataColumnStatistics(1, null, -7, int.MaxValue), reader.OpenRowGroupReader(0).GetStatistics(field));
    }

    [Fact]
    public async Task Strings_use_unsigned_utf8_byte_order()
    {
        var field = new DataField<string>("s");

        // 'é' (C3 A9) sorts after 'z' (7A); U+1F600 (F0 ...) after U+FFFD (EF ...) although its UTF-16 surrogate is smaller.
        using var reader = await SingleColumnAsync(field, new[] { "z", "é", "\uFFFD", "\U0001F600", "A" });

        var statistics = reader.OpenRowGroupReader(0).GetStatistics(field)!;
        Assert.Equal("A", statistics.MinValue);
        Assert.Equal("\U0001F600", statistics.MaxValue);
    }

    [Fact]
    public async Task Decimals_use_signed_order_also_as_fixed_length_bytes()
    {
        var field = new DecimalDataField("d", 28, 2);
        using var reader = await SingleColumnAsync(field, new[] { 1.5m, -1000.25m, 3m, -0.01m });

        var statistics = reader.OpenRowGroupReader(0).GetStatistics(field)!;
        Assert.Equal(-1000.25m, statistics.MinValue);
        Assert.Equal(3m, statistics.MaxValue);
    }

    [Fact]
    public async Task Nan_is_left_out_of_float_statistics()
    {
        var field = new DataField<double>("x");
        using var reader = await SingleColumnAsync(field, new[] { double.NaN, 2.5, -1 });

        var statistics = reader.OpenRowGroupReader(0).GetStatistics(field)!;
        Assert.Equal(-1d, statistics.MinValue);
        Assert.Equal(2.5, statistics.MaxValue);
    }

    [Fact]
    public async Task Row_groups_are_skipped_by_their_statistics()
    {
        var field = new DataField<DateOnly>("day");
        using var reader = await SingleColumnAsync(
            field,
            new[] { new DateOnly(2023, 1, 1), new DateOnly(2023, 6, 30) },
            new[] { new DateOnly(2023, 7, 1), new DateOnly(2023, 12, 31) },
            new[] { new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30) });

        Assert.Equal([1], reader.FindRowGroups(ColumnPredicate.Equal("day", new DateOnly(2023, 8, 1))));
        Assert.Equal([1, 2], reader.FindRowGroups(ColumnPredicate.AtLeast("day", new DateOnly(2023, 7, 1))));
        Assert.Equal([0], reader.FindRowGroups(ColumnPredicate.AtMost("day", new DateOnly(2023, 6, 30))));
        Assert.Empty(reader.FindRowGroups(ColumnPredicate.Between("day", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))));
    }

    [Fact]
    public async Task All_null_row_groups_never_match_a_value()
    {
        var field = new DataField<string>("code");
        using var reader = await SingleColumnAsync(field, new string?[] { null, null }, new[] { "a" });

        Assert.Equal([1], reader.FindRowGroups(ColumnPredicate.Equal("code", "a")));
    }
}
