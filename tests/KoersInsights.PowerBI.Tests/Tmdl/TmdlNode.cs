namespace KoersInsights.PowerBI.Tests.Tmdl;

/// <summary>
/// One line-level element of a TMDL file: an object (<c>table X</c>), a property (<c>dataType: int64</c>), a flag
/// (<c>isHidden</c>) or an expression property (<c>source =</c> followed by deeper lines), with its children.
/// </summary>
public sealed class TmdlNode
{
    public required string File { get; init; }

    public required int Line { get; init; }

    public required int Indent { get; init; }

    public required TmdlNodeKind Kind { get; init; }

    /// <summary>The keyword: <c>table</c>, <c>column</c>, <c>dataType</c>, <c>isHidden</c>, <c>source</c>, …</summary>
    public required string Keyword { get; init; }

    /// <summary>The object's name with quoting removed; null for properties.</summary>
    public string? Name { get; init; }

    /// <summary>A property's value, or an object's or expression property's expression (lines joined by \n).</summary>
    public string? Value { get; set; }

    /// <summary>The <c>///</c> lines above the object.</summary>
    public string? Description { get; init; }

    public List<TmdlNode> Children { get; } = [];

    public string? Property(string keyword) =>
        Children.FirstOrDefault(c => c.Kind != TmdlNodeKind.Object && c.Keyword == keyword)?.Value;

    public bool Flag(string keyword) =>
        Children.Any(c => c.Kind == TmdlNodeKind.Flag && c.Keyword == keyword)
        || string.Equals(Property(keyword), "true", StringComparison.Ordinal);

    public IEnumerable<TmdlNode> Objects(string keyword) =>
        Children.Where(c => c.Kind == TmdlNodeKind.Object && c.Keyword == keyword);

    public override string ToString() => $"{File}:{Line} {Keyword} {Name}";
}

public enum TmdlNodeKind
{
    Object,
    Property,
    Flag,
    Expression,
}
