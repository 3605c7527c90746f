using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.Schema;

/// <summary>
/// A column: a name, a CLR type and whether it may hold nulls. The CLR type decides the Parquet physical and
/// logical type (see <see cref="ColumnType"/>); <see cref="DecimalDataField"/> and <see cref="DateTimeDataField"/>
/// give control over decimal precision/scale and timestamp UTC adjustment.
/// </summary>
public class DataField : Field
{
    public DataField(string name, Type clrType, bool? isNullable = null)
        : this(name, clrType, isNullable, null)
    {
    }

    private protected DataField(string name, Type clrType, bool? isNullable, ColumnType? columnType)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        var underlying = Nullable.GetUnderlyingType(clrType);
        ClrType = underlying ?? clrType;
        IsNullable = isNullable ?? (underlying is not null || !ClrType.IsValueType);
        ColumnType = columnType ?? ColumnType.ForClrType(ClrType)
            ?? throw new ParquetException($"Column '{name}': CLR type {ClrType.Name} has no Parquet mapping.");
    }

    /// <summary>The CLR element type without <see cref="Nullable{T}"/> (e.g. <c>int</c> for an optional INT32).</summary>
    public Type ClrType { get; }

    /// <summary>OPTIONAL (true) or REQUIRED (false) in the Parquet schema.</summary>
    public bool IsNullable { get; }

    /// <summary>The array element type <see cref="Data.DataColumn"/> uses: <c>int?</c> for a nullable int column.</summary>
    public Type ClrNullableIfHasNullsType =>
        IsNullable && ClrType.IsValueType ? typeof(Nullable<>).MakeGenericType(ClrType) : ClrType;

    internal ColumnType ColumnType { get; }

    internal int MaxDefinitionLevel => IsNullable ? 1 : 0;

    internal static DataField FromColumnType(string name, bool isNullable, ColumnType columnType) =>
        new(name, columnType.ClrType, isNullable, columnType);

    public override string ToString() => $"{Name} ({ColumnType.Describe()}{(IsNullable ? ", nullable" : "")})";
}
