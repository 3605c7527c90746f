using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.Schema;

/// <summary>What a column's values are (<see cref="ValueKind"/>) and how they are stored (physical type, decimal
/// precision/scale, timestamp unit). The single place that maps CLR types to Parquet types and back.</summary>
internal sealed record ColumnType(
    ValueKind Kind,
    PhysicalType Physical,
    int TypeLength = 0,
    int Precision = 0,
    int Scale = 0,
    bool IsAdjustedToUtc = false,
    TimeUnit Unit = TimeUnit.Micros)
{
    // Largest precision whose unscaled values fit System.Decimal's 96-bit mantissa in full.
    private const int MaxClrDecimalPrecision = 28;

    public Type ClrType => Kind switch
    {
        ValueKind.Boolean => typeof(bool),
        ValueKind.Int8 => typeof(sbyte),
        ValueKind.Int16 => typeof(short),
        ValueKind.Int32 => typeof(int),
        ValueKind.Int64 => typeof(long),
        ValueKind.Float => typeof(float),
        ValueKind.Double => typeof(double),
        ValueKind.String => typeof(string),
        ValueKind.Bytes => typeof(byte[]),
        ValueKind.Date => typeof(DateOnly),
        ValueKind.Timestamp => typeof(DateTime),
        ValueKind.Decimal => typeof(decimal),
        _ => throw new InvalidOperationException(Kind.ToString()),
    };

    /// <summary>Decimals and byte arrays holding decimals compare as signed two's complement, not bytewise.</summary>
    public bool IsSignedBinary => Kind == ValueKind.Decimal;

    public static ColumnType? ForClrType(Type type) => type switch
    {
        _ when type == typeof(bool) => new(ValueKind.Boolean, PhysicalType.Boolean),
        _ when type == typeof(sbyte) => new(ValueKind.Int8, PhysicalType.Int32),
        _ when type == typeof(short) => new(ValueKind.Int16, PhysicalType.Int32),
        _ when type == typeof(int) => new(ValueKind.Int32, PhysicalType.Int32),
        _ when type == typeof(long) => new(ValueKind.Int64, PhysicalType.Int64),
        _ when type == typeof(float) => new(ValueKind.Float, PhysicalType.Float),
        _ when type == typeof(double) => new(ValueKind.Double, PhysicalType.Double),
        _ when type == typeof(string) => new(ValueKind.String, PhysicalType.ByteArray),
        _ when type == typeof(byte[]) => new(ValueKind.Bytes, PhysicalType.ByteArray),
        _ when type == typeof(DateOnly) => new(ValueKind.Date, PhysicalType.Int32),
        _ when type == typeof(DateTime) => Timestamp(isAdjustedToUtc: true, TimeUnit.Micros),

        // Parquet.Net's default for an unannotated decimal; use DecimalDataField to choose.
        _ when type == typeof(decimal) => Decimal(38, 18),
        _ => null,
    };

    public static ColumnType Decimal(int precision, int scale)
    {
        if (precision is < 1 or > 38 || scale < 0 || scale > precision || scale > MaxClrDecimalPrecision)
        {
            throw new ParquetException(
                $"DECIMAL({precision},{scale}) is not supported: precision must be 1..38 and scale 0..min(precision, 28).");
        }

        return precision switch
        {
            <= 9 => new(ValueKind.Decimal, PhysicalType.Int32, 0, precision, scale),
            <= 18 => new(ValueKind.Decimal, PhysicalType.Int64, 0, precision, scale),
            _ => new(ValueKind.Decimal, PhysicalType.FixedLenByteArray, DecimalByteLength(precision), precision, scale),
        };
    }

    public static ColumnType Timestamp(bool isAdjustedToUtc, TimeUnit unit) =>
        new(ValueKind.Timestamp, PhysicalType.Int64, 0, 0, 0, isAdjustedToUtc, unit);

    /// <summary>Bytes needed for a two's-complement integer of <paramref name="precision"/> decimal digits.</summary>
    public static int DecimalByteLength(int precision) =>
        (int)Math.Ceiling(((precision * Math.Log2(10)) + 1) / 8);

    public string Describe() => Kind switch
    {
        ValueKind.Decimal => $"DECIMAL({Precision},{Scale})",
        ValueKind.Timestamp => $"TIMESTAMP({Unit.ToString().ToUpperInvariant()}{(IsAdjustedToUtc ? ", UTC" : "")})",
        ValueKind.String => "STRING",
        ValueKind.Date => "DATE",
        ValueKind.Int8 => "INT(8)",
        ValueKind.Int16 => "INT(16)",
        _ => Physical.ToString().ToUpperInvariant(),
    };
}

/// <summary>The kinds of values a flat column can hold (one per supported CLR type).</summary>
internal enum ValueKind
{
    Boolean,
    Int8,
    Int16,
    Int32,
    Int64,
    Float,
    Double,
    String,
    Bytes,
    Date,
    Timestamp,
    Decimal,
}

/// <summary>TimeUnit union member ids of parquet.thrift.</summary>
internal enum TimeUnit
{
    Millis = 1,
    Micros = 2,
    Nanos = 3,
}
