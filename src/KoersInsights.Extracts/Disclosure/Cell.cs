namespace KoersInsights.Extracts.Disclosure;

/// <summary>
/// A number of the release with its true value (null when the warehouse has none), the threshold that applies to it
/// and what the release will show. <see cref="IsCount"/> is false for medians and amounts, which are never thresholded
/// themselves and never take part in sums.
/// </summary>
public sealed class Cell
{
    public Cell(CellKey key, decimal? value, bool isCount, int threshold, CellStatus status)
    {
        Key = key;
        Value = value;
        IsCount = isCount;
        Threshold = threshold;
        Status = status;
    }

    public CellKey Key { get; }

    public decimal? Value { get; }

    public bool IsCount { get; }

    public int Threshold { get; }

    public CellStatus Status { get; set; }

    /// <summary>Hidden from the reader: suppressed cells and the virtual rests.</summary>
    public bool IsUnknown => Status.IsSuppressed() || Status == CellStatus.Unpublished;

    /// <summary>A small non-zero count: the thing disclosure control exists to hide.</summary>
    public bool IsSmall => Value is { } v && v > 0 && v < Threshold;

    public override string ToString() => $"{Key} = {Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"} [{Status}]";
}
