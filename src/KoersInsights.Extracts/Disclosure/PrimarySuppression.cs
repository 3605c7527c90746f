namespace KoersInsights.Extracts.Disclosure;

/// <summary>Primary suppression (reliability-privacy.md §12): every count of 1 to threshold−1 is hidden.</summary>
public static class PrimarySuppression
{
    public static int Apply(DisclosureGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var count = 0;
        foreach (var cell in grid.Cells.Where(c => c.IsCount && !c.Key.IsVirtual && c.Status == CellStatus.Published && c.IsSmall))
        {
            cell.Status = CellStatus.Primary;
            count++;
        }

        return count;
    }
}
