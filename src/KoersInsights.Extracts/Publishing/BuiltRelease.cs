using KoersInsights.Extracts.Disclosure;
using KoersInsights.Extracts.Scope;
using KoersInsights.Extracts.Writers;

namespace KoersInsights.Extracts.Publishing;

/// <summary>A release assembled in memory, before anything reaches the lake.</summary>
/// <param name="Files">Every file including <c>manifest.json</c> (last).</param>
public sealed record BuiltRelease(
    GemeenteScope Scope,
    string ReleaseId,
    IReadOnlyList<IndicatorRow> Rows,
    DisclosureGrid Grid,
    IReadOnlyList<ReleaseTable> Tables,
    IReadOnlyList<ReleaseFile> Files)
{
    public string LakePath => $"{Scope.LakePrefix}/{ReleaseId}";

    public int Count(CellStatus status) => Grid.Cells.Count(c => !c.Key.IsVirtual && c.Status == status);
}
