namespace KoersInsights.Core;

/// <summary>
/// A problem the user can fix (bad input, missing install, wrong configuration). The CLI prints its message as
/// one line and exits non-zero; it never shows a stack trace for one of these.
/// </summary>
public class KoersException : Exception
{
    public KoersException(string message)
        : base(message)
    {
    }

    public KoersException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public KoersException()
    {
    }
}
