namespace KoersInsights.Extracts.Disclosure;

/// <summary>What a release shows of a cell. The letters are the <c>reden</c> codes of the files.</summary>
public enum CellStatus
{
    /// <summary>Shown as a number.</summary>
    Published,

    /// <summary>The warehouse has no value and nothing is hidden (e.g. no leerlingen per woongemeente): shown empty.</summary>
    Empty,

    /// <summary>P: a count below the threshold.</summary>
    Primary,

    /// <summary>S: hidden so that no primary cell can be worked out from totals.</summary>
    Secondary,

    /// <summary>D: masked by DUO (<c>&lt;5</c>); never a number anywhere.</summary>
    DuoMasked,

    /// <summary>A virtual rest the release does not show and that needs no protection (0 or at least the threshold).</summary>
    Unpublished,
}

public static class CellStatusCodes
{
    public static bool IsSuppressed(this CellStatus status) =>
        status is CellStatus.Primary or CellStatus.Secondary or CellStatus.DuoMasked;

    /// <summary>The one-letter reden code, or null for a shown cell.</summary>
    public static char? Code(this CellStatus status) => status switch
    {
        CellStatus.Primary => 'P',
        CellStatus.Secondary => 'S',
        CellStatus.DuoMasked => 'D',
        _ => null,
    };
}
