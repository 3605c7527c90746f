using System.Buffers.Binary;
using System.Text;
using KoersInsights.Parquet.Thrift;

namespace KoersInsights.Parquet.Encodings;

/// <summary>BYTE_ARRAY annotated STRING, kept as .NET strings so dictionaries are built before UTF-8 encoding.</summary>
internal sealed class StringCodec : PhysicalCodec<string>
{
    public static readonly StringCodec Instance = new();

    public override IEqualityComparer<string> EqualityComparer => StringComparer.Ordinal;

    public override void EncodePlain(ReadOnlySpan<string> values, ByteBuffer output)
    {
        foreach (var value in values)
        {
            var length = Encoding.UTF8.GetByteCount(value);
            var span = output.Reserve(4 + length);
            BinaryPrimitives.WriteInt32LittleEndian(span, length);
            Encoding.UTF8.GetBytes(value, span[4..]);
        }
    }

    public override int DecodePlain(ReadOnlySpan<byte> data, Span<string> output)
    {
        var position = 0;
        for (var i = 0; i < output.Length; i++)
        {
            if (data.Length - position < 4)
            {
                throw Truncated("string length");
            }

            var length = BinaryPrimitives.ReadInt32LittleEndian(data[position..]);
            position += 4;
            if (length < 0 || length > data.Length - position)
            {
                throw Truncated($"string of {length} bytes");
            }

            output[i] = Encoding.UTF8.GetString(data.Slice(position, length));
            position += length;
        }

        return position;
    }

    public override void Decode(ParquetEncoding encoding, ReadOnlySpan<byte> data, Span<string> output, string column)
    {
        byte[][]? values = encoding switch
        {
            ParquetEncoding.DeltaLengthByteArray => DeltaByteArrays.DecodeLengths(data, output.Length),
            ParquetEncoding.DeltaByteArray => DeltaByteArrays.DecodeIncremental(data, output.Length),
            _ => null,
        };
        if (values is null)
        {
            base.Decode(encoding, data, output, column);
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            output[i] = Encoding.UTF8.GetString(values[i]);
        }
    }

    public override int PlainSize(string value) => 4 + Encoding.UTF8.GetByteCount(value);

    public override int Compare(string left, string right) => Utf8Order.Instance.Compare(left, right);

    public override byte[] ToStatisticsBytes(string value) => Encoding.UTF8.GetBytes(value);

    public override string FromStatisticsBytes(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
}
