using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.Schema;

/// <summary>Converts between <see cref="ParquetSchema"/> and the footer's flattened <see cref="SchemaElement"/> list.</summary>
internal static class SchemaMapper
{
    public static List<SchemaElement> ToElements(ParquetSchema schema)
    {
        var elements = new List<SchemaElement>
        {
            new() { Name = "schema", NumChildren = schema.DataFields.Count },
        };
        foreach (var field in schema.DataFields)
        {
            elements.Add(ToElement(field));
        }

        return elements;
    }

    private static SchemaElement ToElement(DataField field)
    {
        var type = field.ColumnType;
        var element = new SchemaElement
        {
            Name = field.Name,
            Type = type.Physical,
            Repetition = field.IsNullable ? Repetition.Optional : Repetition.Required,
        };
        if (type.Physical == PhysicalType.FixedLenByteArray)
        {
            element.TypeLength = type.TypeLength;
        }

        // Both the LogicalType and the legacy ConvertedType, so old and new readers agree (LogicalTypes.md).
        switch (type.Kind)
        {
            case ValueKind.String:
                element.ConvertedType = ConvertedType.Utf8;
                element.LogicalType = new LogicalType { Kind = LogicalTypeKind.String };
                break;
            case ValueKind.Date:
                element.ConvertedType = ConvertedType.Date;
                element.LogicalType = new LogicalType { Kind = LogicalTypeKind.Date };
                break;
            case ValueKind.Int8 or ValueKind.Int16:
                var bits = type.Kind == ValueKind.Int8 ? 8 : 16;
                element.ConvertedType = bits == 8 ? ConvertedType.Int8 : ConvertedType.Int16;
                element.LogicalType = new LogicalType { Kind = LogicalTypeKind.Integer, BitWidth = bits, IsSigned = true };
                break;
            case ValueKind.Decimal:
                element.ConvertedType = ConvertedType.Decimal;
                element.Precision = type.Precision;
                element.Scale = type.Scale;
                element.LogicalType = new LogicalType
                {
                    Kind = LogicalTypeKind.Decimal,
                    DecimalPrecision = type.Precision,
                    DecimalScale = type.Scale,
                };
                break;
            case ValueKind.Timestamp:
                // ConvertedType TIMESTAMP_* implies UTC adjustment, so it is only written for UTC-adjusted columns.
                if (type.IsAdjustedToUtc)
                {
                    element.ConvertedType = type.Unit == TimeUnit.Millis
                        ? ConvertedType.TimestampMillis
                        : ConvertedType.TimestampMicros;
                }

                element.LogicalType = new LogicalType
                {
                    Kind = LogicalTypeKind.Timestamp,
                    IsAdjustedToUtc = type.IsAdjustedToUtc,
                    TimeUnit = (int)type.Unit,
                };
                break;
            default:
                break;
        }

        return element;
    }

    public static ParquetSchema FromElements(IReadOnlyList<SchemaElement> elements)
    {
        if (elements.Count == 0)
        {
            throw new ParquetException("Corrupt Parquet metadata: the schema is empty.");
        }

        var root = elements[0];
        var children = root.NumChildren ?? 0;
        if (children != elements.Count - 1)
        {
            throw new ParquetException(
                "Nested Parquet schemas (groups, lists, maps) are not supported; only flat tables of primitive columns.");
        }

        var fields = new List<Field>(children);
        for (var i = 1; i < elements.Count; i++)
        {
            var element = elements[i];
            if (string.IsNullOrEmpty(element.Name))
            {
                throw new ParquetException($"Corrupt Parquet metadata: column {i} has no name.");
            }

            if (element.NumChildren is > 0 || element.Type is null)
            {
                throw new ParquetException(
                    $"Column '{element.Name}' is a nested group; only flat tables of primitive columns are supported.");
            }

            if (element.Repetition == Repetition.Repeated)
            {
                throw new ParquetException(
                    $"Column '{element.Name}' is REPEATED; only flat tables (required or optional columns) are supported.");
            }

            fields.Add(DataField.FromColumnType(
                element.Name, element.Repetition == Repetition.Optional, ToColumnType(element)));
        }

        return new ParquetSchema(fields);
    }

    private static ColumnType ToColumnType(SchemaElement element)
    {
        var physical = element.Type!.Value;
        var logical = element.LogicalType;
        var converted = element.ConvertedType;
        if (logical?.Kind == LogicalTypeKind.Decimal || converted == ConvertedType.Decimal)
        {
            var precision = logical?.Kind == LogicalTypeKind.Decimal ? logical.DecimalPrecision : element.Precision ?? 0;
            var scale = logical?.Kind == LogicalTypeKind.Decimal ? logical.DecimalScale : element.Scale ?? 0;
            if (physical is not (PhysicalType.Int32 or PhysicalType.Int64 or PhysicalType.FixedLenByteArray or PhysicalType.ByteArray)
                || precision is < 1 or > 38 || scale < 0 || scale > Math.Min(precision, 28))
            {
                throw Unsupported(element, $"DECIMAL({precision},{scale}) on {physical}");
            }

            return new ColumnType(ValueKind.Decimal, physical, element.TypeLength ?? 0, precision, scale);
        }

        return physical switch
        {
            PhysicalType.Boolean => new(ValueKind.Boolean, physical),
            PhysicalType.Int32 => Int32Type(element, logical, converted),
            PhysicalType.Int64 => Int64Type(element, logical, converted),
            PhysicalType.Float => new(ValueKind.Float, physical),
            PhysicalType.Double => new(ValueKind.Double, physical),
            PhysicalType.ByteArray => logical?.Kind is LogicalTypeKind.String or LogicalTypeKind.Enum or LogicalTypeKind.Json
                || converted is ConvertedType.Utf8 or ConvertedType.Enum or ConvertedType.Json
                ? new(ValueKind.String, physical)
                : new(ValueKind.Bytes, physical),
            PhysicalType.FixedLenByteArray when element.TypeLength is > 0 =>
                new(ValueKind.Bytes, physical, element.TypeLength.Value),
            _ => throw Unsupported(element, physical.ToString().ToUpperInvariant()),
        };
    }

    private static ColumnType Int32Type(SchemaElement element, LogicalType? logical, ConvertedType? converted)
    {
        if (logical?.Kind == LogicalTypeKind.Date || converted == ConvertedType.Date)
        {
            return new(ValueKind.Date, PhysicalType.Int32);
        }

        if (logical?.Kind == LogicalTypeKind.Integer)
        {
            return (logical.BitWidth, logical.IsSigned) switch
            {
                (8, true) => new(ValueKind.Int8, PhysicalType.Int32),
                (16, true) => new(ValueKind.Int16, PhysicalType.Int32),
                (32, true) => new(ValueKind.Int32, PhysicalType.Int32),
                _ => throw Unsupported(element, $"INT({logical.BitWidth}, {(logical.IsSigned ? "signed" : "unsigned")})"),
            };
        }

        return converted switch
        {
            null or ConvertedType.Int32 => new(ValueKind.Int32, PhysicalType.Int32),
            ConvertedType.Int8 => new(ValueKind.Int8, PhysicalType.Int32),
            ConvertedType.Int16 => new(ValueKind.Int16, PhysicalType.Int32),
            _ when logical is not null && logical.Kind != LogicalTypeKind.None => throw Unsupported(element, logical.Kind.ToString().ToUpperInvariant()),
            _ => throw Unsupported(element, converted.Value.ToString().ToUpperInvariant()),
        };
    }

    private static ColumnType Int64Type(SchemaElement element, LogicalType? logical, ConvertedType? converted)
    {
        if (logical?.Kind == LogicalTypeKind.Timestamp)
        {
            var unit = (TimeUnit)logical.TimeUnit;
            if (unit is not (TimeUnit.Millis or TimeUnit.Micros or TimeUnit.Nanos))
            {
                throw Unsupported(element, "TIMESTAMP with an unknown unit");
            }

            return ColumnType.Timestamp(logical.IsAdjustedToUtc, unit);
        }

        if (logical?.Kind == LogicalTypeKind.Integer)
        {
            return logical is { BitWidth: 64, IsSigned: true }
                ? new(ValueKind.Int64, PhysicalType.Int64)
                : throw Unsupported(element, $"INT({logical.BitWidth}, {(logical.IsSigned ? "signed" : "unsigned")})");
        }

        return converted switch
        {
            null or ConvertedType.Int64 when logical is null or { Kind: LogicalTypeKind.None } =>
                new(ValueKind.Int64, PhysicalType.Int64),
            ConvertedType.TimestampMicros => ColumnType.Timestamp(true, TimeUnit.Micros),
            ConvertedType.TimestampMillis => ColumnType.Timestamp(true, TimeUnit.Millis),
            _ when logical is not null && logical.Kind != LogicalTypeKind.None => throw Unsupported(element, logical.Kind.ToString().ToUpperInvariant()),
            _ => throw Unsupported(element, converted!.Value.ToString().ToUpperInvariant()),
        };
    }

    private static ParquetException Unsupported(SchemaElement element, string what) =>
        new($"Column '{element.Name}' has type {what}, which this Parquet reader does not support.");
}
