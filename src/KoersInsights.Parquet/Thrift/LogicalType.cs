namespace KoersInsights.Parquet.Thrift;

/// <summary>
/// parquet.thrift <c>LogicalType</c> union, reduced to the members a flat schema of our types needs; any other
/// member is remembered by its field id so the schema mapper can name it in an error.
/// </summary>
internal sealed class LogicalType
{
    public LogicalTypeKind Kind { get; set; }

    public int DecimalScale { get; set; }

    public int DecimalPrecision { get; set; }

    /// <summary>TIMESTAMP/TIME: isAdjustedToUTC.</summary>
    public bool IsAdjustedToUtc { get; set; }

    /// <summary>TIMESTAMP/TIME: 1 millis, 2 micros, 3 nanos (TimeUnit union field ids).</summary>
    public int TimeUnit { get; set; }

    public int BitWidth { get; set; }

    public bool IsSigned { get; set; } = true;

    public int UnknownFieldId { get; set; }

    public static LogicalType Read(ref CompactReader reader)
    {
        var result = new LogicalType();
        var saved = reader.BeginStruct();
        while (reader.NextField(out var id, out var type))
        {
            if (type != CompactType.Struct)
            {
                reader.Skip(type);
                continue;
            }

            result.Kind = id switch
            {
                1 => LogicalTypeKind.String,
                4 => LogicalTypeKind.Enum,
                5 => LogicalTypeKind.Decimal,
                6 => LogicalTypeKind.Date,
                7 => LogicalTypeKind.Time,
                8 => LogicalTypeKind.Timestamp,
                10 => LogicalTypeKind.Integer,
                11 => LogicalTypeKind.Unknown,
                12 => LogicalTypeKind.Json,
                _ => LogicalTypeKind.Other,
            };
            result.UnknownFieldId = id;
            ReadMember(ref reader, result);
        }

        reader.EndStruct(saved);
        return result;
    }

    private static void ReadMember(ref CompactReader reader, LogicalType result)
    {
        var saved = reader.BeginStruct();
        while (reader.NextField(out var id, out var type))
        {
            switch (result.Kind, id)
            {
                case (LogicalTypeKind.Decimal, 1): result.DecimalScale = reader.ReadI32(); break;
                case (LogicalTypeKind.Decimal, 2): result.DecimalPrecision = reader.ReadI32(); break;
                case (LogicalTypeKind.Timestamp or LogicalTypeKind.Time, 1): result.IsAdjustedToUtc = reader.ReadBool(); break;
                case (LogicalTypeKind.Timestamp or LogicalTypeKind.Time, 2): result.TimeUnit = ReadTimeUnit(ref reader); break;
                case (LogicalTypeKind.Integer, 1): result.BitWidth = (sbyte)reader.ReadByte(); break;
                case (LogicalTypeKind.Integer, 2): result.IsSigned = reader.ReadBool(); break;
                default: reader.Skip(type); break;
            }
        }

        reader.EndStruct(saved);
    }

    private static int ReadTimeUnit(ref CompactReader reader)
    {
        var unit = 0;
        var saved = reader.BeginStruct();
        while (reader.NextField(out var id, out var type))
        {
            unit = id;
            reader.Skip(type);
        }

        reader.EndStruct(saved);
        return unit;
    }

    public void Write(CompactWriter writer)
    {
        writer.BeginStruct();
        switch (Kind)
        {
            case LogicalTypeKind.String:
                EmptyMember(writer, 1);
                break;
            case LogicalTypeKind.Decimal:
                writer.FieldStructBegin(5);
                writer.FieldI32(1, DecimalScale);
                writer.FieldI32(2, DecimalPrecision);
                writer.EndStruct();
                break;
            case LogicalTypeKind.Date:
                EmptyMember(writer, 6);
                break;
            case LogicalTypeKind.Timestamp:
                writer.FieldStructBegin(8);
                writer.FieldBool(1, IsAdjustedToUtc);
                writer.FieldStructBegin(2);
                EmptyMember(writer, (short)TimeUnit);
                writer.EndStruct();
                writer.EndStruct();
                break;
            case LogicalTypeKind.Integer:
                writer.FieldStructBegin(10);
                writer.FieldByte(1, (sbyte)BitWidth);
                writer.FieldBool(2, IsSigned);
                writer.EndStruct();
                break;
            default:
                throw new InvalidOperationException($"LogicalType {Kind} is not written.");
        }

        writer.EndStruct();
    }

    private static void EmptyMember(CompactWriter writer, short id)
    {
        writer.FieldStructBegin(id);
        writer.EndStruct();
    }
}

internal enum LogicalTypeKind
{
    None,
    String,
    Enum,
    Decimal,
    Date,
    Time,
    Timestamp,
    Integer,
    Unknown,
    Json,
    Other,
}
