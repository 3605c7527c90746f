namespace KoersInsights.Parquet;

/// <summary>
/// Any problem with a Parquet file or with data that cannot be written as Parquet: corrupt or truncated input,
/// unsupported encodings or codecs, values that do not fit the schema. The message is a complete one-line reason.
/// </summary>
public sealed class ParquetException : Exception
{
    public ParquetException()
    {
    }

    public ParquetException(string message)
        : base(message)
    {
    }

    public ParquetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
