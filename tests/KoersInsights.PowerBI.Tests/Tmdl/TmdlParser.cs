namespace KoersInsights.PowerBI.Tests.Tmdl;

/// <summary>
/// Parses TMDL text into <see cref="TmdlNode"/> trees by its indentation rules: one tab per level, a child one level
/// deeper than its parent, and the lines of a multi-line expression two levels deeper than the line holding its
/// <c>=</c> (or between <c>```</c> fences). Problems a deserializer would reject are collected, not thrown, so one
/// test can report all of them.
/// </summary>
public static class TmdlParser
{
    /// <summary>Keywords that declare a named object (TMDL object types used by Power BI semantic models).</summary>
    public static readonly IReadOnlySet<string> ObjectKeywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "database", "model", "table", "column", "measure", "partition", "hierarchy", "level", "relationship", "role",
        "tablePermission", "columnPermission", "member", "expression", "cultureInfo", "annotation", "extendedProperty",
        "queryGroup", "perspective", "calculationGroup", "calculationItem", "dataSource", "ref", "changedProperty",
    };

    public static IReadOnlyList<TmdlNode> Parse(string file, string text, List<string> errors)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var roots = new List<TmdlNode>();
        var stack = new List<TmdlNode>();
        var description = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var where = $"{file}:{i + 1}";
            if (raw.Trim().Length == 0)
            {
                continue;
            }

            var indent = raw.TakeWhile(c => c == '\t').Count();
            var content = raw[indent..];
            if (char.IsWhiteSpace(content[0]))
            {
                errors.Add($"{where}: indentation must be tabs only");
                continue;
            }

            while (stack.Count > 0 && stack[^1].Indent >= indent)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            var expected = stack.Count == 0 ? 0 : stack[^1].Indent + 1;
            if (indent != expected)
            {
                errors.Add($"{where}: indented {indent} tab(s), expected {expected}");
                continue;
            }

            if (content.StartsWith("///", StringComparison.Ordinal))
            {
                description.Add(content[3..].Trim());
                continue;
            }

            TmdlNode node;
            try
            {
                node = ParseLine(file, i + 1, indent, content, description.Count > 0 ? string.Join('\n', description) : null);
            }
            catch (TmdlException ex)
            {
                errors.Add(ex.Message);
                description.Clear();
                continue;
            }

            description.Clear();
            if (node.Value is "" or "```" && node.Kind is TmdlNodeKind.Expression or TmdlNodeKind.Object && IsExpressionStart(content))
            {
                i = ReadExpression(lines, i, indent, node, where, errors);
            }

            (stack.Count == 0 ? roots : stack[^1].Children).Add(node);
            stack.Add(node);
        }

        return roots;
    }

    private static bool IsExpressionStart(string content) =>
        content.TrimEnd().EndsWith('=') || content.TrimEnd().EndsWith("= ```", StringComparison.Ordinal);

    private static int ReadExpression(string[] lines, int start, int indent, TmdlNode node, string where, List<string> errors)
    {
        var fenced = node.Value == "```";
        var body = new List<string>();
        var i = start + 1;
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            if (fenced && line.Trim() == "```")
            {
                node.Value = string.Join('\n', body).Trim();
                return i;
            }

            if (!fenced && line.Trim().Length > 0 && line.TakeWhile(c => c == '\t').Count() < indent + 2)
            {
                break;
            }

            if (line.Trim().Length > 0 && line.TakeWhile(c => c == '\t').Count() < indent + 2)
            {
                errors.Add($"{where}: expression line {i + 1} must be indented {indent + 2} tabs");
            }

            body.Add(line[Math.Min(line.TakeWhile(c => c == '\t').Count(), indent + 2)..]);
        }

        if (fenced)
        {
            errors.Add($"{where}: ``` expression is not closed");
        }

        node.Value = string.Join('\n', body).Trim();
        if (node.Value.Length == 0)
        {
            errors.Add($"{where}: empty expression");
        }

        return i - 1;
    }

    private static TmdlNode ParseLine(string file, int line, int indent, string content, string? description)
    {
        var where = $"{file}:{line}";
        var word = new string(content.TakeWhile(c => char.IsLetterOrDigit(c) || c == '_').ToArray());
        if (word.Length == 0)
        {
            throw new TmdlException($"{where}: expected a keyword in \"{content}\"");
        }

        var rest = content[word.Length..];
        if (rest.StartsWith(':'))
        {
            return new TmdlNode
            {
                File = file,
                Line = line,
                Indent = indent,
                Kind = TmdlNodeKind.Property,
                Keyword = word,
                Value = rest[1..].Trim(),
                Description = description,
            };
        }

        if (ObjectKeywords.Contains(word))
        {
            var text = rest.TrimStart();
            var keyword = word;
            if (word == "ref")
            {
                var type = new string(text.TakeWhile(char.IsLetter).ToArray());
                keyword = "ref " + type;
                text = text[type.Length..].TrimStart();
            }

            if (text.Length == 0 && word is "model" or "database")
            {
                throw new TmdlException($"{where}: {word} needs a name");
            }

            var (name, tail) = TmdlName.Read(text, where);
            tail = tail.Trim();
            if (tail.Length > 0 && !tail.StartsWith('='))
            {
                throw new TmdlException($"{where}: unexpected \"{tail}\" after {word} {name} (unquoted name with a space?)");
            }

            return new TmdlNode
            {
                File = file,
                Line = line,
                Indent = indent,
                Kind = TmdlNodeKind.Object,
                Keyword = keyword,
                Name = name,
                Value = tail.Length > 0 ? tail[1..].Trim() : null,
                Description = description,
            };
        }

        var trimmed = rest.Trim();
        if (trimmed.Length == 0)
        {
            return new TmdlNode { File = file, Line = line, Indent = indent, Kind = TmdlNodeKind.Flag, Keyword = word, Description = description };
        }

        if (trimmed.StartsWith('='))
        {
            return new TmdlNode
            {
                File = file,
                Line = line,
                Indent = indent,
                Kind = TmdlNodeKind.Expression,
                Keyword = word,
                Value = trimmed[1..].Trim(),
                Description = description,
            };
        }

        throw new TmdlException($"{where}: cannot read \"{content}\" (not an object, property, flag or expression)");
    }
}
