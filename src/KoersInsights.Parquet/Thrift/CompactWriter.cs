using System.Buffers.Binary;
using System.Text;

namespace KoersInsights.Parquet.Thrift;

/// <summary>Writes the Thrift compact protocol into a growable buffer (field ids as deltas, ints as zigzag varints).</summary>
internal sealed class CompactWriter
{
    private readonly Stack<short> _fieldIds = new();
    private byte[] _buffer = new byte[256];
    private int _length;
    private short _lastFieldId;

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void BeginStruct()
    {
        _fieldIds.Push(_lastFieldId);
        _lastFieldId = 0;
    }

    public void EndStruct()
    {
        WriteByte((byte)CompactType.Stop);
        _lastFieldId = _fieldIds.Pop();
    }

    public void FieldBool(short id, bool value) =>
        FieldHeader(id, value ? CompactType.BooleanTrue : CompactType.BooleanFalse);

    public void FieldI32(short id, int value)
    {
        FieldHeader(id, CompactType.I32);
        WriteVarUInt64(ZigZag(value));
    }

    public void FieldI64(short id, long value)
    {
        FieldHeader(id, CompactType.I64);
        WriteVarUInt64(ZigZag(value));
    }

    public void FieldByte(short id, sbyte value)
    {
        FieldHeader(id, CompactType.Byte);
        WriteByte((byte)value);
    }

    public void FieldBinary(short id, ReadOnlySpan<byte> value)
    {
        FieldHeader(id, CompactType.Binary);
        WriteBinary(value);
    }

    public void FieldString(short id, string value) => FieldBinary(id, Encoding.UTF8.GetBytes(value));

    /// <summary>Writes only the header of a struct field; the struct's own Write follows.</summary>
    public void FieldStruct(short id) => FieldHeader(id, CompactType.Struct);

    public void FieldStructBegin(short id)
    {
        FieldHeader(id, CompactType.Struct);
        BeginStruct();
    }

    public void FieldListBegin(short id, CompactType elementType, int count)
    {
        FieldHeader(id, CompactType.List);
        ListHeader(elementType, count);
    }

    public void ListHeader(CompactType elementType, int count)
    {
        if (count < 15)
        {
            WriteByte((byte)((count << 4) | (int)elementType));
        }
        else
        {
            WriteByte((byte)(0xF0 | (int)elementType));
            WriteVarUInt64((ulong)count);
        }
    }

    public void ElementI32(int value) => WriteVarUInt64(ZigZag(value));

    public void ElementString(string value) => WriteBinary(Encoding.UTF8.GetBytes(value));

    public void ElementDouble(double value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
        WriteBytes(bytes);
    }

    private void FieldHeader(short id, CompactType type)
    {
        var delta = id - _lastFieldId;
        if (delta is > 0 and <= 15)
        {
            WriteByte((byte)((delta << 4) | (int)type));
        }
        else
        {
            WriteByte((byte)type);
            WriteVarUInt64(ZigZag(id));
        }

        _lastFieldId = id;
    }

    private void WriteBinary(ReadOnlySpan<byte> value)
    {
        WriteVarUInt64((ulong)value.Length);
        WriteBytes(value);
    }

    private void WriteVarUInt64(ulong value)
    {
        while (value >= 0x80)
        {
            WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        WriteByte((byte)value);
    }

    private void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    private void WriteBytes(ReadOnlySpan<byte> value)
    {
        Ensure(value.Length);
        value.CopyTo(_buffer.AsSpan(_length));
        _length += value.Length;
    }

    private void Ensure(int extra)
    {
        if (_length + extra > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + extra));
        }
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));
}
