namespace KoersInsights.Extracts.Scope;

/// <summary>
/// What one gemeente may receive (reliability-privacy.md §16): the vestigingen located in it, the pupils living in it
/// (woongemeente rows), and the totals of the subregio's its vestigingen belong to — nothing else.
/// </summary>
public sealed record GemeenteScope(
    string Gemeentecode,
    string Naam,
    string LakePrefix,
    IReadOnlyList<string> Schooljaren,
    IReadOnlyList<ScopedVestiging> Vestigingen)
{
    /// <summary>The subregio's of the gemeente's vestigingen in <paramref name="schooljaar"/>.</summary>
    public IReadOnlyList<string> SubregiosIn(string schooljaar) =>
        Vestigingen.Where(v => v.Schooljaar == schooljaar && v.Subregio is not null)
            .Select(v => v.Subregio!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>True when the row belongs in this gemeente's release.</summary>
    public bool Contains(IndicatorRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!Schooljaren.Contains(row.Schooljaar))
        {
            return false;
        }

        return row.Niveau switch
        {
            Niveaus.Vestiging => Vestigingen.Any(v => v.Schooljaar == row.Schooljaar && v.Vestigingscode == row.NiveauCode),
            Niveaus.Gemeente or Niveaus.Woongemeente => row.NiveauCode == Gemeentecode,
            Niveaus.Subregio => SubregiosIn(row.Schooljaar).Contains(row.NiveauCode),
            _ => false,
        };
    }
}
