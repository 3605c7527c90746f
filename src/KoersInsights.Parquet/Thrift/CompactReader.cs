using System.Buffers.Binary;
using System.Text;

namespace KoersInsights.Parquet.Thrift;

/// <summary>
/// Reads the Thrift compact protocol from a byte span. Every length and count is checked against the bytes that
/// remain, so corrupt metadata fails with a <see cref="ParquetException"/> instead of a huge allocation.
/// </summary>
internal ref struct CompactReader
{
    // Parquet metadata nests at most four structs deep (FileMetaData → RowGroup → ColumnChunk → ColumnMetaData →
    // Statistics); the bound only stops hostile input from recursing the stack away.
    private const int MaxDepth = 32;

    private readonly ReadOnlySpan<byte> _data;
    private int _position;
    private short _lastFieldId;
    private int _depth;
    private bool? _pendingBool;

    public CompactReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
        _lastFieldId = 0;
        _depth = 0;
        _pendingBool = null;
    }

    public readonly int Position => _position;

    /// <summary>Enters a struct; returns the previous field id to hand back to <see cref="EndStruct"/>.</summary>
    public short BeginStruct()
    {
        if (++_depth > MaxDepth)
        {
            throw Corrupt("structs nested too deeply");
        }

        var saved = _lastFieldId;
        _lastFieldId = 0;
        return saved;
    }

    public void EndStruct(short saved)
    {
        _depth--;
        _lastFieldId = saved;
    }

    /// <summary>Reads the next field header; false at the struct's stop byte.</summary>
    public bool NextField(out short id, out CompactType type)
    {
        var header = ReadByte();
        type = (CompactType)(header & 0x0F);
        if (type == CompactType.Stop)
        {
            id = 0;
            return false;
        }

        var delta = header >> 4;
        id = delta == 0 ? checked((short)ZigZag32(ReadVarUInt32())) : (short)(_lastFieldId + delta);
        _lastFieldId = id;
        _pendingBool = type switch
        {
            CompactType.BooleanTrue => true,
            CompactType.BooleanFalse => false,
            _ => null,
        };
        return true;
    }

    public bool ReadBool()
    {
        if (_pendingBool is { } value)
        {
            _pendingBool = null;
            return value;
        }

        // Inside lists a boolean is a whole byte: 1 is true (compact protocol spec); 0 is accepted as false.
        return ReadByte() == 1;
    }

    public byte ReadByte()
    {
        if (_position >= _data.Length)
        {
            throw Corrupt("unexpected end of metadata");
        }

        return _data[_position++];
    }

    public int ReadI32() => ZigZag32(ReadVarUInt32());

    public long ReadI64() => ZigZag64(ReadVarUInt64());

    public double ReadDouble()
    {
        var bytes = Take(8);
        return BinaryPrimitives.ReadDoubleLittleEndian(bytes);
    }

    public byte[] ReadBinary() => ReadBinarySpan().ToArray();

    public string ReadString() => Encoding.UTF8.GetString(ReadBinarySpan());

    public ReadOnlySpan<byte> ReadBinarySpan()
    {
        var length = ReadVarUInt32();
        if (length > (uint)(_data.Length - _position))
        {
            throw Corrupt($"binary field of {length} bytes runs past the end");
        }

        return Take((int)length);
    }

    /// <summary>Reads a list header; the count is bounded by the remaining bytes (each element takes at least one).</summary>
    public int BeginList(out CompactType elementType)
    {
        var header = ReadByte();
        elementType = (CompactType)(header & 0x0F);
        var count = header >> 4;
        var size = count == 15 ? ReadVarUInt32() : (uint)count;
        if (size > (uint)(_data.Length - _position))
        {
            throw Corrupt($"list of {size} elements runs past the end");
        }

        return (int)size;
    }

    public void Skip(CompactType type)
    {
        switch (type)
        {
            case CompactType.BooleanTrue or CompactType.BooleanFalse:
                ReadBool();
                break;
            case CompactType.Byte:
                ReadByte();
                break;
            case CompactType.I16 or CompactType.I32 or CompactType.I64:
                ReadVarUInt64();
                break;
            case CompactType.Double:
                Take(8);
                break;
            case CompactType.Binary:
                ReadBinarySpan();
                break;
            case CompactType.List or CompactType.Set:
                {
                    var count = BeginList(out var element);
                    for (var i = 0; i < count; i++)
                    {
                        SkipElement(element);
                    }

                    break;
                }

            case CompactType.Map:
                {
                    var count = ReadVarUInt32();
                    if (count == 0)
                    {
                        break;
                    }

                    if (count > (uint)(_data.Length - _position))
                    {
                        throw Corrupt("map runs past the end");
                    }

                    var types = ReadByte();
                    for (var i = 0; i < count; i++)
                    {
                        SkipElement((CompactType)(types >> 4));
                        SkipElement((CompactType)(types & 0x0F));
                    }

                    break;
                }

            case CompactType.Struct:
                {
                    var saved = BeginStruct();
                    while (NextField(out _, out var fieldType))
                    {
                        Skip(fieldType);
                    }

                    EndStruct(saved);
                    break;
                }

            default:
                throw Corrupt($"unknown Thrift type {(int)type}");
        }
    }

    private void SkipElement(CompactType type)
    {
        if (type is CompactType.BooleanTrue or CompactType.BooleanFalse)
        {
            ReadByte();
        }
        else
        {
            Skip(type);
        }
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _data.Length - _position)
        {
            throw Corrupt("unexpected end of metadata");
        }

        var span = _data.Slice(_position, count);
        _position += count;
        return span;
    }

    private uint ReadVarUInt32()
    {
        var value = ReadVarUInt64();
        if (value > uint.MaxValue)
        {
            throw Corrupt("32-bit varint out of range");
        }

        return (uint)value;
    }

    private ulong ReadVarUInt64()
    {
        ulong result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw Corrupt("varint longer than 10 bytes");
    }

    private static int ZigZag32(uint value) => (int)(value >> 1) ^ -(int)(value & 1);

    private static long ZigZag64(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    private static ParquetException Corrupt(string reason) => new($"Corrupt Parquet metadata: {reason}.");
}
