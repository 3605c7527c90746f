using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.File;
using KoersInsights.Parquet.Schema;

namespace KoersInsights.Extracts.Writers;

/// <summary>
/// A table as Parquet for analysts: text columns as optional strings, numbers as optional DECIMAL(18,6) (the
/// warehouse rounds waarde to 6 decimals). A suppressed number is null; the <c>reden</c> column says why.
/// </summary>
public static class ParquetTableWriter
{
    public static async Task<byte[]> WriteAsync(ReleaseTable table, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        var fields = table.Columns.Select(c => c.Kind == ColumnKind.Number
            ? (DataField)new DecimalDataField(c.Name, 18, 6, isNullable: true)
            : new DataField<string>(c.Name, isNullable: true)).ToList();
        var columns = new List<DataColumn>();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var index = i;
            columns.Add(table.Columns[i].Kind == ColumnKind.Number
                ? new DataColumn(fields[i], table.Rows.Select(r => r[index].Suppressed ? null : r[index].Number).ToArray())
                : new DataColumn(fields[i], table.Rows.Select(r => r[index].Suppressed ? null : r[index].Text).ToArray()));
        }

        using var buffer = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), buffer, cancellationToken: ct))
        {
            writer.CustomMetadata["koers.table"] = table.Name;
            await writer.WriteTableAsync(columns, ct);
        }

        return buffer.ToArray();
    }
}
