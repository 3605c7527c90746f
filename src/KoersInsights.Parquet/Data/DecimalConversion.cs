using KoersInsights.Parquet.Schema;

namespace KoersInsights.Parquet.Data;

/// <summary>
/// System.Decimal ↔ the unscaled integer Parquet stores for DECIMAL(p,s) (LogicalTypes.md, DECIMAL). Values are
/// never rounded: a value with more decimals than the scale, or more digits than the precision, is an error.
/// </summary>
internal static class DecimalConversion
{
    private static readonly UInt128[] Pow10 = BuildPowers();

    public static Int128 ToUnscaled(decimal value, ColumnType type, string column)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var exponent = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        if (exponent > type.Scale)
        {
            var divisor = Pow10[exponent - type.Scale];
            if (mantissa % divisor != 0)
            {
                throw new ParquetException(
                    $"Column '{column}': {value} has more than {type.Scale} decimals for DECIMAL({type.Precision},{type.Scale}).");
            }

            mantissa /= divisor;
        }
        else if (exponent < type.Scale)
        {
            var factor = Pow10[type.Scale - exponent];
            if (mantissa > Pow10[type.Precision] / factor)
            {
                throw TooLarge(value, type, column);
            }

            mantissa *= factor;
        }

        if (mantissa >= Pow10[type.Precision])
        {
            throw TooLarge(value, type, column);
        }

        return negative ? -(Int128)mantissa : (Int128)mantissa;
    }

    public static decimal FromUnscaled(long unscaled, int scale)
    {
        var negative = unscaled < 0;
        var magnitude = negative ? unchecked((ulong)-unscaled) : (ulong)unscaled;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, (byte)scale);
    }

    public static decimal FromUnscaled(Int128 unscaled, int scale, string column)
    {
        var negative = unscaled < 0;
        var magnitude = negative ? (UInt128)(-unscaled) : (UInt128)unscaled;
        if (magnitude >> 96 != 0)
        {
            throw new ParquetException($"Column '{column}': a DECIMAL value has more digits than System.Decimal holds (28-29).");
        }

        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, (byte)scale);
    }

    /// <summary>Big-endian two's complement in exactly <paramref name="length"/> bytes (≤ 16).</summary>
    public static byte[] ToBytes(Int128 value, int length)
    {
        var bytes = new byte[length];
        for (var i = length - 1; i >= 0; i--)
        {
            bytes[i] = (byte)value;
            value >>= 8;
        }

        return bytes;
    }

    public static Int128 FromBytes(ReadOnlySpan<byte> bytes, string column)
    {
        if (bytes.IsEmpty)
        {
            return 0;
        }

        var negative = bytes[0] >= 0x80;
        var extension = negative ? (byte)0xFF : (byte)0;
        var start = 0;
        while (bytes.Length - start > 16)
        {
            if (bytes[start++] != extension)
            {
                throw new ParquetException($"Column '{column}': a DECIMAL value is wider than 128 bits.");
            }
        }

        Int128 value = negative ? -1 : 0;
        for (var i = start; i < bytes.Length; i++)
        {
            value = (value << 8) | bytes[i];
        }

        return value;
    }

    private static ParquetException TooLarge(decimal value, ColumnType type, string column) =>
        new($"Column '{column}': {value} does not fit DECIMAL({type.Precision},{type.Scale}).");

    private static UInt128[] BuildPowers()
    {
        var powers = new UInt128[39];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
