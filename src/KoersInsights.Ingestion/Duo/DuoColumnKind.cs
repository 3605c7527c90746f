namespace KoersInsights.Ingestion.Duo;

/// <summary>How a DUO column is stored in bronze (docs/lake.md, "DUO entities").</summary>
public enum DuoColumnKind
{
    /// <summary>STRING as published; a lone space is empty.</summary>
    Text,

    /// <summary>INT32 plus BOOLEAN <c>&lt;name&gt;_gemaskeerd</c>, true where DUO published <c>&lt;5</c>.</summary>
    Count,

    /// <summary>DECIMAL(4,2), decimal comma.</summary>
    Grade,

    /// <summary>Upper-case code (instellingscode, vestigingscode).</summary>
    Code,
}
