namespace KoersInsights.Parquet.Encodings;

/// <summary>DOUBLE. NaN is left out of statistics and zero is stored as -0.0 (min) / +0.0 (max) per parquet.thrift.</summary>
internal sealed class DoubleCodec : FixedWidthCodec<double>
{
    public static readonly DoubleCodec Instance = new();

    // Bitwise equality, so NaN can be a dictionary key and -0.0 stays distinct from +0.0.
    public override IEqualityComparer<double> EqualityComparer { get; } = new BitwiseComparer();

    public override bool IsOrdered(double value) => !double.IsNaN(value);

    public override double NormaliseMin(double value) => value == 0 ? -0d : value;

    public override double NormaliseMax(double value) => value == 0 ? 0d : value;

    private sealed class BitwiseComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y);

        public int GetHashCode(double obj) => BitConverter.DoubleToInt64Bits(obj).GetHashCode();
    }
}
