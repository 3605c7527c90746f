namespace KoersInsights.Extracts.Scope;

/// <summary>
/// One row of <c>rpt.indicator_waarde</c> (product.md, the fixed contract): one indicator × niveau × niveau_code ×
/// schooljaar × uitsplitsing. Null teller/noemer means the warehouse has no value (DUO-masked, or no population).
/// </summary>
public sealed record IndicatorRow(
    string IndicatorCode,
    string Niveau,
    string NiveauCode,
    string Schooljaar,
    string Uitsplitsing,
    decimal? Teller,
    decimal? Noemer,
    decimal? Waarde,
    bool Gemaskeerd);
