namespace KoersInsights.Ingestion.Bronze;

/// <summary>Logical column types of bronze (docs/lake.md, "Bronze files").</summary>
public enum BronzeType
{
    String,
    Boolean,
    Int32,
    Int64,
    Date,
    Decimal,
    TimestampUtc,
}

/// <summary>One bronze column.</summary>
/// <param name="Precision">Total digits, for <see cref="BronzeType.Decimal"/>.</param>
/// <param name="Scale">Digits after the point, for <see cref="BronzeType.Decimal"/>.</param>
public sealed record BronzeField(string Name, BronzeType Type, bool Nullable, int Precision = 0, int Scale = 0)
{
    public static BronzeField Text(string name, bool nullable = true) => new(name, BronzeType.String, nullable);
}
