namespace KoersInsights.PowerBI.Tests.Tmdl;

/// <summary>TMDL names: single-quoted when they hold a space or one of <c>. = : '</c>, with <c>'</c> doubled inside.</summary>
public static class TmdlName
{
    /// <summary>Reads one name at the start of <paramref name="text"/>; returns it and the rest of the text.</summary>
    public static (string Name, string Remainder) Read(string text, string where)
    {
        if (text.StartsWith('\''))
        {
            var builder = new System.Text.StringBuilder();
            for (var i = 1; i < text.Length; i++)
            {
                if (text[i] != '\'')
                {
                    builder.Append(text[i]);
                }
                else if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    builder.Append('\'');
                    i++;
                }
                else
                {
                    return (builder.ToString(), text[(i + 1)..]);
                }
            }

            throw new TmdlException($"{where}: unterminated quoted name in \"{text}\"");
        }

        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('.' or '=' or ':'))
        {
            end++;
        }

        var name = text[..end];
        if (name.Length == 0 || name.Contains('\'', StringComparison.Ordinal))
        {
            throw new TmdlException($"{where}: expected a name in \"{text}\"");
        }

        return (name, text[end..]);
    }

    /// <summary>Reads <c>Table.Column</c> (either part may be quoted).</summary>
    public static (string Table, string Column) ReadColumnReference(string text, string where)
    {
        var (table, rest) = Read(text.Trim(), where);
        if (!rest.StartsWith('.'))
        {
            throw new TmdlException($"{where}: expected Table.Column in \"{text}\"");
        }

        var (column, tail) = Read(rest[1..], where);
        if (tail.Trim().Length > 0)
        {
            throw new TmdlException($"{where}: unexpected \"{tail}\" after Table.Column");
        }

        return (table, column);
    }

    /// <summary>Whether a name may stand unquoted (it must be quoted when it holds whitespace or <c>. = : '</c>).</summary>
    public static bool NeedsQuotes(string name) =>
        name.Any(c => char.IsWhiteSpace(c) || c is '.' or '=' or ':' or '\'');
}

public sealed class TmdlException(string message) : Exception(message);
