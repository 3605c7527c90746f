namespace KoersInsights.Warehouse.Migrations;

/// <summary>
/// Splits a script into statements at semicolons outside quotes, dollar quotes and comments (PostgreSQL lexical
/// rules, docs §4.1). The migrator runs them one by one so a failure can be reported at its line in the script:
/// PostgreSQL reports an error position relative to the failing statement only.
/// </summary>
public static class SqlStatementSplitter
{
    public static IReadOnlyList<(int Offset, string Text)> Split(string script)
    {
        var statements = new List<(int, string)>();
        var start = 0;
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            if (c == '-' && Next(script, i) == '-')
            {
                i = IndexOrEnd(script, "\n", i);
            }
            else if (c == '/' && Next(script, i) == '*')
            {
                i = IndexOrEnd(script, "*/", i + 2) + 2;
            }
            else if (c is '\'' or '"')
            {
                i = ClosingQuote(script, i, c);
            }
            else if (c == '$' && DollarTag(script, i) is { } tag)
            {
                i = IndexOrEnd(script, tag, i + tag.Length) + tag.Length;
            }
            else if (c == ';')
            {
                Add(statements, script, start, i);
                start = i + 1;
                i++;
            }
            else
            {
                i++;
            }
        }

        Add(statements, script, start, script.Length);
        return statements;
    }

    private static void Add(List<(int, string)> statements, string script, int start, int end)
    {
        var text = script[start..Math.Min(end, script.Length)];
        var trimmed = text.TrimStart();
        if (StripComments(trimmed).Length > 0)
        {
            statements.Add((start + (text.Length - trimmed.Length), trimmed.TrimEnd()));
        }
    }

    /// <summary>A statement made only of comments is not sent.</summary>
    private static string StripComments(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("--", StringComparison.Ordinal));
        return string.Concat(lines);
    }

    private static char Next(string s, int i) => i + 1 < s.Length ? s[i + 1] : '\0';

    private static int IndexOrEnd(string s, string value, int from)
    {
        var index = s.IndexOf(value, Math.Min(from, s.Length), StringComparison.Ordinal);
        return index < 0 ? s.Length : index;
    }

    /// <summary>Index after the closing quote; a doubled quote is an escaped one.</summary>
    private static int ClosingQuote(string s, int open, char quote)
    {
        var i = open + 1;
        while (i < s.Length)
        {
            if (s[i] == quote)
            {
                if (Next(s, i) == quote)
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            i++;
        }

        return s.Length;
    }

    /// <summary><c>$$</c> or <c>$tag$</c> starting at <paramref name="i"/>; null for a parameter like <c>$1</c>.</summary>
    private static string? DollarTag(string s, int i)
    {
        var j = i + 1;
        if (j < s.Length && (char.IsLetter(s[j]) || s[j] == '_'))
        {
            while (j < s.Length && (char.IsLetterOrDigit(s[j]) || s[j] == '_'))
            {
                j++;
            }
        }

        return j < s.Length && s[j] == '$' ? s[i..(j + 1)] : null;
    }
}
