using System.Text.RegularExpressions;

namespace KoersInsights.PowerBI.Tests.Tmdl;

/// <summary>The <c>Table[Name]</c> and <c>[Name]</c> references of a DAX expression, outside string literals.</summary>
public static partial class DaxReferences
{
    public static IReadOnlyList<(string? Table, string Name)> Find(string dax) =>
        Reference().Matches(WithoutStrings(dax)).Select(m => (
            m.Groups["table"].Success ? Unquote(m.Groups["table"].Value) : null,
            m.Groups["name"].Value.Replace("]]", "]", StringComparison.Ordinal))).ToList();

    /// <summary>The expression with every "string literal" emptied, so its content is not read as DAX.</summary>
    public static string WithoutStrings(string dax) => StringLiteral().Replace(dax, "\"\"");

    private static string Unquote(string table) =>
        table.StartsWith('\'') ? table[1..^1].Replace("''", "'", StringComparison.Ordinal) : table;

    [GeneratedRegex("""(?<table>'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_]*)?\[(?<name>(?:[^\]]|\]\])+)\]""")]
    private static partial Regex Reference();

    [GeneratedRegex("\"(?:[^\"]|\"\")*\"")]
    private static partial Regex StringLiteral();
}
