using System.Runtime.InteropServices;
using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.Encodings;

/// <summary>PLAIN for fixed-width little-endian numbers is their memory image (Encodings.md, PLAIN).</summary>
internal abstract class FixedWidthCodec<T> : PhysicalCodec<T>
    where T : unmanaged, IComparable<T>
{
    protected static readonly int Width = Marshal.SizeOf<T>();

    static FixedWidthCodec()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The Parquet codec assumes a little-endian machine.");
        }
    }

    public override IEqualityComparer<T> EqualityComparer => EqualityComparer<T>.Default;

    public override void EncodePlain(ReadOnlySpan<T> values, ByteBuffer output) =>
        output.Write(MemoryMarshal.AsBytes(values));

    public override int DecodePlain(ReadOnlySpan<byte> data, Span<T> output)
    {
        var bytes = (long)output.Length * Width;
        if (bytes > data.Length)
        {
            throw Truncated($"{output.Length} {typeof(T).Name} values");
        }

        MemoryMarshal.Cast<byte, T>(data[..(int)bytes]).CopyTo(output);
        return (int)bytes;
    }

    public override int PlainSize(T value) => Width;

    public override int Compare(T left, T right) => left.CompareTo(right);

    public override byte[] ToStatisticsBytes(T value) => MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in value)).ToArray();

    public override T FromStatisticsBytes(ReadOnlySpan<byte> bytes) =>
        bytes.Length == Width
            ? MemoryMarshal.Read<T>(bytes)
            : throw new ParquetException($"Corrupt Parquet statistics: {bytes.Length} bytes for a {Width}-byte value.");

    public override void Decode(ParquetEncoding encoding, ReadOnlySpan<byte> data, Span<T> output, string column)
    {
        if (encoding == ParquetEncoding.ByteStreamSplit)
        {
            MemoryMarshal.Cast<byte, T>(ByteStreamSplit.Gather(data, output.Length, Width)).CopyTo(output);
            return;
        }

        base.Decode(encoding, data, output, column);
    }
}
