namespace KoersInsights.Parquet.Encodings;

/// <summary>FLOAT. NaN is left out of statistics and zero is stored as -0.0 (min) / +0.0 (max) per parquet.thrift.</summary>
internal sealed class FloatCodec : FixedWidthCodec<float>
{
    public static readonly FloatCodec Instance = new();

    // Bitwise equality, so NaN can be a dictionary key and -0.0 stays distinct from +0.0.
    public override IEqualityComparer<float> EqualityComparer { get; } = new BitwiseComparer();

    public override bool IsOrdered(float value) => !float.IsNaN(value);

    public override float NormaliseMin(float value) => value == 0 ? -0f : value;

    public override float NormaliseMax(float value) => value == 0 ? 0f : value;

    private sealed class BitwiseComparer : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => BitConverter.SingleToInt32Bits(x) == BitConverter.SingleToInt32Bits(y);

        public int GetHashCode(float obj) => BitConverter.SingleToInt32Bits(obj);
    }
}
