namespace KoersInsights.Extracts.Disclosure;

/// <summary>How a hidden cell can be worked out by a reader of the release.</summary>
public enum ExposureKind
{
    /// <summary>The published numbers fix its value exactly (one unknown left after solving the identities).</summary>
    Recoverable,

    /// <summary>The identities and non-negativity confine it to an interval narrower than its threshold.</summary>
    NarrowInterval,
}

/// <summary>A hidden cell a reader can work out, with the interval the reader can prove (<c>Upper</c> null: unbounded).</summary>
public sealed record Exposure(Cell Cell, ExposureKind Kind, decimal Lower, decimal? Upper)
{
    public override string ToString() => $"{Kind}: {Cell} within [{Lower}, {Upper?.ToString() ?? "∞"}]";
}
