using KoersInsights.Parquet.Schema;
using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.Encodings;

/// <summary>Generic work over a column's physical type, chosen at run time from its <see cref="ColumnType"/>.</summary>
internal interface IPhysicalVisitor<out TResult>
{
    TResult Visit<T>(PhysicalCodec<T> codec);
}

internal static class PhysicalCodecs
{
    public static TResult Dispatch<TResult>(ColumnType type, IPhysicalVisitor<TResult> visitor) => type.Physical switch
    {
        PhysicalType.Boolean => visitor.Visit(BooleanCodec.Instance),
        PhysicalType.Int32 => visitor.Visit(Int32Codec.Instance),
        PhysicalType.Int64 => visitor.Visit(Int64Codec.Instance),
        PhysicalType.Float => visitor.Visit(FloatCodec.Instance),
        PhysicalType.Double => visitor.Visit(DoubleCodec.Instance),
        PhysicalType.ByteArray when type.Kind == ValueKind.String => visitor.Visit(StringCodec.Instance),
        PhysicalType.ByteArray or PhysicalType.FixedLenByteArray =>
            visitor.Visit(new BinaryCodec(type.Physical == PhysicalType.FixedLenByteArray ? type.TypeLength : 0, type.IsSignedBinary)),
        _ => throw new ParquetException($"Physical type {type.Physical} is not supported."),
    };
}
