namespace KoersInsights.Extracts.Disclosure;

/// <summary>The two stored numbers of an indicator row; <c>waarde</c> is derived from them and follows their fate.</summary>
public enum Measure
{
    Teller,
    Noemer,
}
