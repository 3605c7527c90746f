namespace KoersInsights.Parquet.Thrift;

// Enum values exactly as numbered in parquet.thrift; the numbers are the wire format.
#pragma warning disable CA1028 // the wire values are i32, so the enums keep the default int underlying type

/// <summary>parquet.thrift <c>Type</c>: the physical storage type of a column.</summary>
internal enum PhysicalType
{
    Boolean = 0,
    Int32 = 1,
    Int64 = 2,
    Int96 = 3,
    Float = 4,
    Double = 5,
    ByteArray = 6,
    FixedLenByteArray = 7,
}

/// <summary>parquet.thrift <c>ConvertedType</c> (legacy annotations, still written for older readers).</summary>
internal enum ConvertedType
{
    Utf8 = 0,
    Map = 1,
    MapKeyValue = 2,
    List = 3,
    Enum = 4,
    Decimal = 5,
    Date = 6,
    TimeMillis = 7,
    TimeMicros = 8,
    TimestampMillis = 9,
    TimestampMicros = 10,
    Uint8 = 11,
    Uint16 = 12,
    Uint32 = 13,
    Uint64 = 14,
    Int8 = 15,
    Int16 = 16,
    Int32 = 17,
    Int64 = 18,
    Json = 19,
    Bson = 20,
    Interval = 21,
}

/// <summary>parquet.thrift <c>FieldRepetitionType</c>.</summary>
internal enum Repetition
{
    Required = 0,
    Optional = 1,
    Repeated = 2,
}

/// <summary>parquet.thrift <c>Encoding</c>.</summary>
internal enum ParquetEncoding
{
    Plain = 0,
    PlainDictionary = 2,
    Rle = 3,
    BitPacked = 4,
    DeltaBinaryPacked = 5,
    DeltaLengthByteArray = 6,
    DeltaByteArray = 7,
    RleDictionary = 8,
    ByteStreamSplit = 9,
}

/// <summary>parquet.thrift <c>CompressionCodec</c>.</summary>
internal enum CompressionCodec
{
    Uncompressed = 0,
    Snappy = 1,
    Gzip = 2,
    Lzo = 3,
    Brotli = 4,
    Lz4 = 5,
    Zstd = 6,
    Lz4Raw = 7,
}

/// <summary>parquet.thrift <c>PageType</c>.</summary>
internal enum PageType
{
    DataPage = 0,
    IndexPage = 1,
    DictionaryPage = 2,
    DataPageV2 = 3,
}
