namespace KoersInsights.Extracts.Publishing;

/// <summary>One gemeente's release: where it is, whether this run made it, and how much was suppressed.</summary>
/// <param name="IsNew">False when the same content was already published (nothing was written).</param>
/// <param name="ReadLink">A read-only link to the release folder (blob lakes only; valid for the configured hours).</param>
public sealed record GemeenteRelease(
    string Gemeentecode,
    string Naam,
    string ReleaseId,
    string LakePath,
    bool IsNew,
    Uri? ReadLink,
    int Rows,
    int PrimaryCells,
    int SecondaryCells,
    int DuoMaskedCells,
    IReadOnlyList<string> Files);

/// <summary>The result of <see cref="ExtractPublisher.PublishAsync"/>: the source load and a release per gemeente.</summary>
public sealed record ExtractRunSummary(long SourceLoadId, IReadOnlyList<GemeenteRelease> Releases)
{
    public int NewReleases => Releases.Count(r => r.IsNew);

    public override string ToString() =>
        $"{Releases.Count} gemeente(n), {NewReleases} new release(s), {Releases.Count - NewReleases} unchanged (load {SourceLoadId})";
}
