using System.Globalization;
using KoersInsights.Parquet.File;
using KoersInsights.Parquet.Schema;

namespace KoersInsights.Parquet.Records;

/// <summary>
/// CSV → Parquet with each column's type inferred over the whole column: BOOLEAN (true/false), INT32, INT64,
/// DECIMAL(p,s) (plain decimals up to 28 digits), DOUBLE (exponents), DATE (yyyy-MM-dd), TIMESTAMP
/// (yyyy-MM-dd HH:mm:ss[.f] or ISO 8601 with T; UTC when suffixed Z or an offset), else STRING. Empty fields are
/// nulls and make the column nullable. The first record is the header.
/// </summary>
public static class ParquetCsvImport
{
    private static readonly string[] DateTimeFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"];

    /// <summary>Reads the CSV and returns it as a typed table (schema inferred).</summary>
    public static ParquetTable ReadCsv(TextReader csv, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(csv);
        var records = CsvRecords.Read(csv, delimiter);
        if (records.Count == 0)
        {
            throw new ParquetException("The CSV is empty: a header line is needed.");
        }

        var header = records[0];
        var data = records.Skip(1).ToList();
        for (var r = 0; r < data.Count; r++)
        {
            if (data[r].Length != header.Length)
            {
                throw new ParquetException($"CSV line {r + 2} has {data[r].Length} fields; the header has {header.Length}.");
            }
        }

        var fields = new List<Field>();
        var parsers = new List<Func<string, object>>();
        for (var c = 0; c < header.Length; c++)
        {
            var values = data.Select(row => row[c]).Where(v => v.Length > 0).ToList();
            var nullable = values.Count < data.Count;
            var name = header[c].Length > 0 ? header[c] : $"column{c + 1}";
            var (field, parse) = Infer(name, values, nullable);
            fields.Add(field);
            parsers.Add(parse);
        }

        var table = new ParquetTable(new ParquetSchema(fields));
        foreach (var record in data)
        {
            var row = new object?[header.Length];
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = record[c].Length == 0 ? null : parsers[c](record[c]);
            }

            table.Rows.Add(row);
        }

        return table;
    }

    /// <summary>Converts a CSV file to a Parquet file (snappy unless <paramref name="options"/> says otherwise).</summary>
    public static async Task<ParquetSchema> ConvertAsync(string csvPath, string parquetPath, ParquetOptions? options = null, char delimiter = ',', CancellationToken cancellationToken = default)
    {
        ParquetTable table;
        using (var reader = new StreamReader(csvPath, detectEncodingFromByteOrderMarks: true))
        {
            table = ReadCsv(reader, delimiter);
        }

        var temporary = parquetPath + ".partial";
        await using (var output = System.IO.File.Create(temporary))
        {
            await table.WriteAsync(output, options, cancellationToken);
        }

        System.IO.File.Move(temporary, parquetPath, overwrite: true);
        return table.Schema;
    }

    private static (DataField Field, Func<string, object> Parse) Infer(string name, List<string> values, bool nullable)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (values.Count == 0)
        {
            return (new DataField<string>(name, true), v => v);
        }

        if (values.All(v => v is "true" or "false" or "TRUE" or "FALSE" or "True" or "False"))
        {
            return (new DataField<bool>(name, nullable), v => bool.Parse(v));
        }

        if (values.Any(HasLeadingZero))
        {
            return (new DataField<string>(name, nullable), v => v);
        }

        if (values.All(v => IsInteger(v) && int.TryParse(v, NumberStyles.AllowLeadingSign, invariant, out _)))
        {
            return (new DataField<int>(name, nullable), v => int.Parse(v, NumberStyles.AllowLeadingSign, invariant));
        }

        if (values.All(v => IsInteger(v) && long.TryParse(v, NumberStyles.AllowLeadingSign, invariant, out _)))
        {
            return (new DataField<long>(name, nullable), v => long.Parse(v, NumberStyles.AllowLeadingSign, invariant));
        }

        if (values.All(IsPlainDecimal))
        {
            var scale = values.Max(v => v.Contains('.', StringComparison.Ordinal) ? v.Length - v.IndexOf('.', StringComparison.Ordinal) - 1 : 0);
            var integerDigits = values.Max(v => v.TrimStart('-', '+').Split('.')[0].TrimStart('0').Length);
            var precision = Math.Max(1, integerDigits + scale);
            if (precision <= 28)
            {
                return (new DecimalDataField(name, precision, scale, nullable), v => decimal.Parse(v, NumberStyles.Number, invariant));
            }
        }

        if (values.All(v => double.TryParse(v, NumberStyles.Float, invariant, out _)))
        {
            return (new DataField<double>(name, nullable), v => double.Parse(v, NumberStyles.Float, invariant));
        }

        if (values.All(v => v.Length == 10 && DateOnly.TryParseExact(v, "yyyy-MM-dd", invariant, DateTimeStyles.None, out _)))
        {
            return (new DataField<DateOnly>(name, nullable), v => DateOnly.ParseExact(v, "yyyy-MM-dd", invariant));
        }

        if (values.All(v => DateTime.TryParseExact(v, DateTimeFormats, invariant, DateTimeStyles.None, out _)))
        {
            return (new DateTimeDataField(name, isAdjustedToUtc: false, nullable), v => DateTime.ParseExact(v, DateTimeFormats, invariant, DateTimeStyles.None));
        }

        if (values.All(v => v.Contains('T', StringComparison.Ordinal) && DateTimeOffset.TryParse(v, invariant, DateTimeStyles.None, out _)))
        {
            return (new DateTimeDataField(name, isAdjustedToUtc: true, nullable), v => DateTimeOffset.Parse(v, invariant, DateTimeStyles.None).UtcDateTime);
        }

        return (new DataField<string>(name, nullable), v => v);
    }

    private static bool HasLeadingZero(string v)
    {
        var digits = v.AsSpan(v.Length > 0 && v[0] is '-' or '+' ? 1 : 0);
        return digits.Length > 1 && digits[0] == '0' && char.IsAsciiDigit(digits[1]);
    }

    // Leading zeros mark codes (postcodes, BRIN numbers, gemeente codes) that must stay strings.
    private static bool IsInteger(string v) =>
        v.Length > 0 && v.AsSpan(v[0] is '-' or '+' ? 1 : 0) is var digits && digits.Length > 0
        && !(digits.Length > 1 && digits[0] == '0') && digits.IndexOfAnyExceptInRange('0', '9') < 0;

    private static bool IsPlainDecimal(string v)
    {
        var digits = v.AsSpan(v.Length > 0 && v[0] is '-' or '+' ? 1 : 0);
        var dot = digits.IndexOf('.');
        var integer = dot < 0 ? digits : digits[..dot];
        var fraction = dot < 0 ? [] : digits[(dot + 1)..];
        return integer.Length > 0 && integer.IndexOfAnyExceptInRange('0', '9') < 0
            && !(integer.Length > 1 && integer[0] == '0')
            && fraction.IndexOfAnyExceptInRange('0', '9') < 0 && (dot < 0 || fraction.Length > 0);
    }
}
