namespace KoersInsights.Extracts.Disclosure;

/// <summary>
/// One number of a release: a measure of one indicator row. Virtual cells (niveau <see cref="CellKey.RestNiveau"/>)
/// stand for a part of a total that the release does not show, e.g. the rest of a subregio outside the gemeente.
/// </summary>
public readonly record struct CellKey(
    string IndicatorCode,
    string Niveau,
    string NiveauCode,
    string Schooljaar,
    string Uitsplitsing,
    Measure Measure) : IComparable<CellKey>
{
    public const string RestNiveau = "rest";

    public bool IsVirtual => Niveau == RestNiveau;

    public int CompareTo(CellKey other)
    {
        var c = string.CompareOrdinal(IndicatorCode, other.IndicatorCode);
        if (c == 0) c = string.CompareOrdinal(Schooljaar, other.Schooljaar);
        if (c == 0) c = string.CompareOrdinal(Niveau, other.Niveau);
        if (c == 0) c = string.CompareOrdinal(NiveauCode, other.NiveauCode);
        if (c == 0) c = string.CompareOrdinal(Uitsplitsing, other.Uitsplitsing);
        return c != 0 ? c : Measure.CompareTo(other.Measure);
    }

    public override string ToString() =>
        $"{IndicatorCode} {Schooljaar} {Niveau}:{NiveauCode}{(Uitsplitsing.Length > 0 ? "/" + Uitsplitsing : string.Empty)} {Measure.ToString().ToLowerInvariant()}";
}
