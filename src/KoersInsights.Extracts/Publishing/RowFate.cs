using KoersInsights.Extracts.Disclosure;
using KoersInsights.Extracts.Scope;

namespace KoersInsights.Extracts.Publishing;

/// <summary>
/// What a row shows of teller, noemer and waarde (reliability-privacy.md §12, §15): a waarde is hidden with its teller
/// or noemer, and with DUO's mask; a median or amount (not a count) is hidden with its noemer. <see cref="Reden"/>
/// lists the codes of the hidden cells, D before P before S.
/// </summary>
public sealed record RowFate(CellStatus Teller, CellStatus Noemer, CellStatus Waarde, string Reden)
{
    public static RowFate Of(IndicatorRow row, DisclosureGrid grid)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(grid);
        var tellerCell = grid.Get(DisclosureGrid.KeyOf(row, Measure.Teller));
        var noemer = grid.Get(DisclosureGrid.KeyOf(row, Measure.Noemer)).Status;
        var teller = !tellerCell.IsCount && noemer.IsSuppressed() ? noemer : tellerCell.Status;
        var waarde = row.Gemaskeerd ? CellStatus.DuoMasked
            : teller.IsSuppressed() ? teller
            : noemer.IsSuppressed() ? noemer
            : row.Waarde is null ? CellStatus.Empty : CellStatus.Published;
        var codes = new[] { teller, noemer, waarde }.Select(s => s.Code()).OfType<char>().Distinct().Order();
        return new RowFate(teller, noemer, waarde, new string(codes.ToArray()));
    }
}
