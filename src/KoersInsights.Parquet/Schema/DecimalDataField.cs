namespace KoersInsights.Parquet.Schema;

/// <summary>
/// DECIMAL(precision, scale). Stored as INT32 up to precision 9, INT64 up to 18 and FIXED_LEN_BYTE_ARRAY beyond,
/// the narrowest the spec allows (LogicalTypes.md, DECIMAL) and what DuckDB writes too.
/// </summary>
public sealed class DecimalDataField : DataField
{
    public DecimalDataField(string name, int precision, int scale, bool? isNullable = null)
        : base(name, typeof(decimal), isNullable, ColumnType.Decimal(precision, scale))
    {
    }

    public int Precision => ColumnType.Precision;

    public int Scale => ColumnType.Scale;
}
