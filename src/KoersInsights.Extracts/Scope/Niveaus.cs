namespace KoersInsights.Extracts.Scope;

/// <summary>The <c>niveau</c> values of <c>rpt.indicator_waarde</c> an extract uses (product.md).</summary>
public static class Niveaus
{
    public const string Vestiging = "vestiging";
    public const string Gemeente = "gemeente";
    public const string Woongemeente = "woongemeente";
    public const string Subregio = "subregio";
}
