using KoersInsights.Demo.Model;

namespace KoersInsights.Demo.Pupils;

/// <summary>A pupil of a location in one schooljaar. Traits drawn from <see cref="Key"/> stay the same every year.</summary>
internal sealed record Pupil(long Key, string LeerlingId, Track Track, int Leerjaar, int EntryYear, string Woongemeente, bool HeeftOpp, bool ZijInstroom, bool Ondersteuningsbehoefte)
{
    public string Onderwijstype => Track.Onderwijstype;

    public bool InFinalYear => Leerjaar == Track.Leerjaren;
}
