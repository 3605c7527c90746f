namespace KoersInsights.Ingestion.Templates;

/// <summary>A check across columns of one row.</summary>
public abstract record RowRule;

/// <summary><paramref name="Later"/> may not be before <paramref name="Earlier"/> (an end before its start).</summary>
public sealed record DateOrderRule(string Earlier, string Later) : RowRule;

/// <summary><paramref name="Column"/> may only be filled when <paramref name="WhenColumn"/> has <paramref name="WhenValue"/>.</summary>
public sealed record OnlyWhenRule(string Column, string WhenColumn, string WhenValue) : RowRule;

/// <summary>Exactly one of the two columns is filled.</summary>
public sealed record ExactlyOneRule(string First, string Second) : RowRule;
