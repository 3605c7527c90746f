using KoersInsights.Parquet.Data;
using KoersInsights.Parquet.File;
using KoersInsights.Parquet.Schema;

namespace KoersInsights.Parquet.Records;

/// <summary>
/// A whole table in memory as rows of <c>object?[]</c> in schema order: the record-oriented convenience for small
/// files, tools and tests. Large data should use the column API (<see cref="ParquetRowGroupReader"/>).
/// </summary>
public sealed class ParquetTable
{
    public ParquetTable(ParquetSchema schema, IEnumerable<object?[]>? rows = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Rows = rows is null ? [] : [.. rows];
    }

    public ParquetSchema Schema { get; }

    public List<object?[]> Rows { get; }

    public IDictionary<string, string> CustomMetadata { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Reads every row group; <paramref name="columns"/> projects to those columns (in the given order).</summary>
    public static async Task<ParquetTable> ReadAsync(Stream input, IReadOnlyList<string>? columns = null, CancellationToken cancellationToken = default)
    {
        using var reader = await ParquetReader.CreateAsync(input, cancellationToken: cancellationToken);
        var fields = columns is null ? reader.Schema.DataFields : [.. columns.Select(name => reader.Schema[name])];
        var table = new ParquetTable(new ParquetSchema(fields));
        foreach (var (key, value) in reader.CustomMetadata)
        {
            table.CustomMetadata[key] = value;
        }

        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var rowGroup = reader.OpenRowGroupReader(g);
            var data = new Array[fields.Count];
            for (var c = 0; c < fields.Count; c++)
            {
                data[c] = (await rowGroup.ReadColumnAsync(fields[c], cancellationToken)).Data;
            }

            for (var r = 0; r < rowGroup.RowCount; r++)
            {
                var row = new object?[fields.Count];
                for (var c = 0; c < fields.Count; c++)
                {
                    row[c] = data[c].GetValue(r);
                }

                table.Rows.Add(row);
            }
        }

        return table;
    }

    public static async Task<ParquetTable> ReadAsync(string path, IReadOnlyList<string>? columns = null, CancellationToken cancellationToken = default)
    {
        await using var stream = System.IO.File.OpenRead(path);
        return await ReadAsync(stream, columns, cancellationToken);
    }

    /// <summary>Writes the rows in row groups of <see cref="ParquetOptions.RowGroupSize"/>.</summary>
    public async Task WriteAsync(Stream output, ParquetOptions? options = null, CancellationToken cancellationToken = default)
    {
        await using var writer = await ParquetWriter.CreateAsync(Schema, output, options, cancellationToken);
        foreach (var (key, value) in CustomMetadata)
        {
            writer.CustomMetadata[key] = value;
        }

        await writer.WriteTableAsync(ToColumns(), cancellationToken);
    }

    private DataColumn[] ToColumns()
    {
        var fields = Schema.DataFields;
        var columns = new DataColumn[fields.Count];
        for (var c = 0; c < fields.Count; c++)
        {
            var field = fields[c];
            var data = Array.CreateInstance(field.ClrNullableIfHasNullsType, Rows.Count);
            for (var r = 0; r < Rows.Count; r++)
            {
                var row = Rows[r];
                if (row.Length != fields.Count)
                {
                    throw new ParquetException($"Row {r} has {row.Length} values; the schema has {fields.Count} columns.");
                }

                try
                {
                    data.SetValue(row[c], r);
                }
                catch (InvalidCastException e)
                {
                    throw new ParquetException($"Row {r}, column '{field.Name}': {row[c]} is not a {field.ClrType.Name}.", e);
                }
            }

            columns[c] = new DataColumn(field, data);
        }

        return columns;
    }
}
