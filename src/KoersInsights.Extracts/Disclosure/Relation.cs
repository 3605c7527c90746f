namespace KoersInsights.Extracts.Disclosure;

/// <summary>
/// A linear identity that holds between cells of a release: <c>total = Σ parts</c> (a margin, a hierarchy sum, splits
/// summing to their total) or <c>a = b</c> (the same population shown twice). <see cref="Rest"/> is the part of the
/// total the release does not show (null when the parts cover it exactly).
/// </summary>
public sealed record Relation(string Kind, Cell Total, IReadOnlyList<Cell> Parts, Cell? Rest)
{
    /// <summary>Every cell with its coefficient in <c>total − Σ parts − rest = 0</c>.</summary>
    public IEnumerable<(Cell Cell, int Coefficient)> Terms()
    {
        yield return (Total, 1);
        foreach (var part in Parts)
        {
            yield return (part, -1);
        }

        if (Rest is not null)
        {
            yield return (Rest, -1);
        }
    }

    public override string ToString() => $"{Kind}: {Total.Key} = {string.Join(" + ", Parts.Select(p => p.Key.NiveauCode + "/" + p.Key.Uitsplitsing))}{(Rest is null ? string.Empty : " + rest")}";
}
