using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.File;
using KoersInsights.Parquet.Schema;

namespace KoersInsights.Parquet.Tests.Support;

/// <summary>Writing a table to bytes and reading every column back.</summary>
internal static class ParquetFiles
{
    public static async Task<byte[]> WriteAsync(ParquetSchema schema, IReadOnlyList<DataColumn[]> rowGroups, ParquetOptions? options = null, IDictionary<string, string>? metadata = null)
    {
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream, options))
        {
            if (metadata is not null)
            {
                writer.CustomMetadata = metadata;
            }

            foreach (var columns in rowGroups)
            {
                using var rowGroup = writer.CreateRowGroup();
                foreach (var column in columns)
                {
                    await rowGroup.WriteColumnAsync(column);
                }
            }
        }

        return stream.ToArray();
    }

    public static async Task<List<DataColumn[]>> ReadAsync(byte[] file)
    {
        using var reader = await ParquetReader.CreateAsync(new MemoryStream(file));
        var result = new List<DataColumn[]>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var rowGroup = reader.OpenRowGroupReader(g);
            var columns = new List<DataColumn>();
            foreach (var field in reader.Schema.DataFields)
            {
                columns.Add(await rowGroup.ReadColumnAsync(field));
            }

            result.Add([.. columns]);
        }

        return result;
    }

    public static void AssertSameValues(DataColumn expected, DataColumn actual)
    {
        Assert.Equal(expected.Field.Name, actual.Field.Name);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var e = Normalise(expected.Data.GetValue(i));
            var a = Normalise(actual.Data.GetValue(i));
            Assert.True(Equals(e, a), $"column {expected.Field.Name} row {i}: expected {Show(e)}, got {Show(a)}");
        }
    }

    private static object? Normalise(object? value) => value switch
    {
        byte[] bytes => Convert.ToHexString(bytes),
        float f => BitConverter.SingleToInt32Bits(f),
        double d => BitConverter.DoubleToInt64Bits(d),
        DateTime t => (t.Ticks, t.Kind),
        _ => value,
    };

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s when s.Length > 50 => $"string of {s.Length}",
        _ => value.ToString() ?? "",
    };
}
