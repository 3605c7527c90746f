namespace KoersInsights.Extracts.Scope;

/// <summary>Name and unit of an indicator as the warehouse reports them beside the values.</summary>
public sealed record IndicatorDefinition(string IndicatorCode, string Naam, string Eenheid);
