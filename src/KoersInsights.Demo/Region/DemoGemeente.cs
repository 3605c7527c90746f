namespace KoersInsights.Demo.Region;

/// <summary>A gemeente of the SWV with its CBS code and the DUO plaatsnamen that belong to the SWV.</summary>
/// <param name="Code">CBS gemeentecode, 4 digits (<c>0599</c>).</param>
/// <param name="Naam">Name as DUO's pupil files write it (<c>Capelle aan den IJssel</c>).</param>
/// <param name="PlaatsnamenInSwv">DUO PLAATSNAAM values inside the SWV; other plaatsnamen of the gemeente are not members.</param>
public sealed record DemoGemeente(string Code, string Naam, IReadOnlyList<string> PlaatsnamenInSwv);
