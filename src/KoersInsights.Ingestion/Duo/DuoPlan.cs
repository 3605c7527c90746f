using System.Globalization;
using KoersInsights.Ingestion.Bronze;
using KoersInsights.Ingestion.Csv;
using KoersInsights.Ingestion.Validation;
using KoersInsights.Ingestion.Values;

namespace KoersInsights.Ingestion.Duo;

/// <summary>
/// Rows of a DUO file: headers mapped to current names, <c>&lt;5</c> kept as masked (never a number, sources.md §1),
/// decimal comma grades, a lone space as empty.
/// </summary>
public sealed class DuoPlan : EntityPlan
{
    private const string Masked = "<5";

    private readonly string _fileName;
    private readonly IReadOnlyList<string> _header;
    private readonly Binding[] _bindings;
    private readonly int _brinIndex;
    private readonly int _vestigingField;

    private DuoPlan(string fileName, DuoFileKind kind, IReadOnlyList<string> header, Binding[] bindings, int brinIndex, List<BronzeField> fields, IReadOnlyList<int> keyFields)
    {
        _fileName = fileName;
        Kind = kind;
        _header = header;
        _bindings = bindings;
        _brinIndex = brinIndex;
        Fields = fields;
        KeyFields = keyFields;
        KeyDescription = string.Join(", ", kind.Key);
        _vestigingField = fields.FindIndex(f => f.Name == "vestigingscode");
    }

    public DuoFileKind Kind { get; }

    public override string Entity => Kind.Entity;

    public override IReadOnlyList<BronzeField> Fields { get; }

    public override IReadOnlyList<int> KeyFields { get; }

    public override string KeyDescription { get; }

    public override string SchemaVersion => DuoFileKind.SchemaVersion;

    public override int Width => _header.Count;

    /// <summary>Binds the header; unknown or missing key headers are returned as file-level reasons.</summary>
    public static DuoPlan? Create(string fileName, DuoFileKind kind, IReadOnlyList<string> header, List<IngestReason> problems)
    {
        var bindings = new Binding[header.Count];
        var fields = new List<BronzeField>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var brinIndex = -1;
        for (var i = 0; i < header.Count; i++)
        {
            var current = DuoHeaders.Current(header[i]);
            if (!kind.IsKnown(current))
            {
                problems.Add(new IngestReason(fileName, 1, header[i], string.Empty, Rules.UnknownHeader,
                    $"DUO header '{header[i]}' is not known for {kind.Entity} files; DUO changed the format. Add the variant to Duo/DuoHeaders.cs or Duo/DuoFileKinds.cs after checking what it means."));
                continue;
            }

            if (byName.ContainsKey(current))
            {
                problems.Add(new IngestReason(fileName, 1, header[i], string.Empty, Rules.DuplicateColumn, $"DUO header '{current}' appears twice."));
                continue;
            }

            if (current == "INSTELLINGSCODE")
            {
                brinIndex = i;
            }

            var columnKind = kind.KindOf(current);
            byName[current] = fields.Count;
            bindings[i] = new Binding(i, fields.Count, columnKind, DuoHeaders.IsOldVestigingsnummer(header[i]));
            var name = DuoFileKind.BronzeName(current);
            fields.Add(columnKind switch
            {
                DuoColumnKind.Count => new BronzeField(name, BronzeType.Int32, true),
                DuoColumnKind.Grade => new BronzeField(name, BronzeType.Decimal, true, 4, 2),
                _ => BronzeField.Text(name),
            });
            if (columnKind == DuoColumnKind.Count)
            {
                fields.Add(new BronzeField($"{name}_gemaskeerd", BronzeType.Boolean, false));
            }
        }

        foreach (var key in kind.Key.Where(k => !byName.ContainsKey(k)))
        {
            problems.Add(new IngestReason(fileName, 1, key, string.Empty, Rules.MissingColumn, $"The DUO file lacks the column '{key}'."));
        }

        if (bindings.Any(b => b?.FromVestigingsnummer == true) && brinIndex < 0)
        {
            problems.Add(new IngestReason(fileName, 1, DuoHeaders.OldVestigingsnummer, string.Empty, Rules.MissingColumn,
                "An old-style VESTIGINGSNUMMER needs the BRIN NUMMER column to form the vestigingscode."));
        }

        return problems.Count > 0 ? null : new DuoPlan(fileName, kind, header, bindings, brinIndex, fields, [.. kind.Key.Select(k => byName[k])]);
    }

    public override bool TryConvert(CsvRow row, RowOutput output, List<IngestReason> reasons)
    {
        var cells = output.Add();
        var before = reasons.Count;
        foreach (var binding in _bindings)
        {
            var raw = row.Fields[binding.Source];
            var text = string.IsNullOrWhiteSpace(raw) ? null : raw;
            switch (binding.Kind)
            {
                case DuoColumnKind.Count:
                    if (text is null)
                    {
                        cells[binding.Target + 1] = Cell.Of(false);
                    }
                    else if (text.Trim() == Masked)
                    {
                        cells[binding.Target + 1] = Cell.Of(true);
                    }
                    else if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                    {
                        cells[binding.Target] = Cell.Of(count);
                        cells[binding.Target + 1] = Cell.Of(false);
                    }
                    else
                    {
                        reasons.Add(Reason(row, binding, raw, Rules.Type, $"'{_header[binding.Source]}' must be a count or <5."));
                    }

                    break;
                case DuoColumnKind.Grade:
                    if (text is null)
                    {
                        break;
                    }

                    if (DecimalText.TryParse(text, out var grade) && grade is >= 0 and < 100 && DecimalText.Scale(grade) <= 2)
                    {
                        cells[binding.Target] = Cell.Of(grade);
                    }
                    else
                    {
                        reasons.Add(Reason(row, binding, raw, Rules.Type, $"'{_header[binding.Source]}' must be a grade like 6,6."));
                    }

                    break;
                case DuoColumnKind.Code:
                    var code = text?.Trim().ToUpperInvariant();
                    if (binding.FromVestigingsnummer && code is { Length: <= 2 })
                    {
                        var brin = row.Fields[_brinIndex].Trim().ToUpperInvariant();
                        code = string.Concat(brin, code.PadLeft(2, '0'));
                    }

                    cells[binding.Target] = Cell.Of(code);
                    break;
                default:
                    cells[binding.Target] = Cell.Of(text);
                    break;
            }
        }

        if (reasons.Count == before && !cells[_vestigingField].HasValue)
        {
            reasons.Add(new IngestReason(_fileName, row.Line, "VESTIGINGSCODE", string.Empty, Rules.Required, "The row has no VESTIGINGSCODE."));
        }

        return reasons.Count == before;
    }

    private IngestReason Reason(CsvRow row, Binding binding, string raw, string rule, string message) =>
        new(_fileName, row.Line, _header[binding.Source], TemplatePlan.Shorten(raw), rule, message);

    private sealed record Binding(int Source, int Target, DuoColumnKind Kind, bool FromVestigingsnummer);
}
