namespace KoersInsights.Lake;

/// <summary>A lake operation failed; the message names the object (never a key or signature).</summary>
public class LakeException : Exception
{
    public LakeException(string message)
        : base(message)
    {
    }

    public LakeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LakeException()
    {
    }
}

/// <summary>404: the object does not exist.</summary>
public sealed class LakeObjectNotFoundException : LakeException
{
    public LakeObjectNotFoundException(string path)
        : base($"{path}: not found in the lake")
    {
        Path = path;
    }

    public LakeObjectNotFoundException()
    {
        Path = string.Empty;
    }

    public LakeObjectNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    public string Path { get; }
}

/// <summary>403: the credential or link does not allow this operation (or has expired).</summary>
public sealed class LakeAccessDeniedException : LakeException
{
    public LakeAccessDeniedException(string message)
        : base(message)
    {
    }

    public LakeAccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LakeAccessDeniedException()
    {
    }
}

/// <summary>409/412: a condition failed (object exists, lease held by someone else, ETag changed).</summary>
public sealed class LakeConflictException : LakeException
{
    public LakeConflictException(string message)
        : base(message)
    {
    }

    public LakeConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LakeConflictException()
    {
    }
}

/// <summary>A held lease expired and another holder took it.</summary>
public sealed class LakeLeaseLostException : LakeException
{
    public LakeLeaseLostException(string message)
        : base(message)
    {
    }

    public LakeLeaseLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LakeLeaseLostException()
    {
    }
}
