using KoersInsights.Ingestion.Bronze;
using KoersInsights.Ingestion.Csv;
using KoersInsights.Ingestion.Pseudonyms;
using KoersInsights.Ingestion.Templates;
using KoersInsights.Ingestion.Values;

namespace KoersInsights.Ingestion.Validation;

/// <summary>Rows of a school, SWV or long-format survey delivery, checked against their template.</summary>
public sealed class TemplatePlan : EntityPlan
{
    private readonly string _fileName;
    private readonly DeliveryTemplate _template;
    private readonly HeaderBinding _binding;
    private readonly IReadOnlyList<string> _header;
    private readonly ValueConverter _converter;
    private readonly (int Earlier, int Later)[] _dateOrders;
    private readonly (int Column, int When, string Value)[] _onlyWhen;
    private readonly (int First, int Second)[] _exactlyOne;

    public TemplatePlan(
        string fileName, DeliveryTemplate template, HeaderBinding binding, IReadOnlyList<string> header, IPseudonymizer pseudonymizer, Schooljaar? schooljaar)
    {
        _fileName = fileName;
        _template = template;
        _binding = binding;
        _header = header;
        _converter = new ValueConverter(pseudonymizer, schooljaar);
        Fields = [.. template.Columns.Select(c => c.ToBronze())];
        KeyFields = [.. template.NaturalKey.Select(template.IndexOf)];
        KeyDescription = string.Join(", ", template.NaturalKey);
        _dateOrders = [.. template.RowRules.OfType<DateOrderRule>().Select(r => (template.IndexOf(r.Earlier), template.IndexOf(r.Later)))];
        _onlyWhen = [.. template.RowRules.OfType<OnlyWhenRule>().Select(r => (template.IndexOf(r.Column), template.IndexOf(r.WhenColumn), r.WhenValue))];
        _exactlyOne = [.. template.RowRules.OfType<ExactlyOneRule>().Select(r => (template.IndexOf(r.First), template.IndexOf(r.Second)))];
    }

    public override string Entity => _template.Entity;

    public override IReadOnlyList<BronzeField> Fields { get; }

    public override IReadOnlyList<int> KeyFields { get; }

    public override string KeyDescription { get; }

    public override string SchemaVersion => DeliveryTemplate.SchemaVersion;

    public override string? ProfileName => _binding.Profile?.Name;

    public override int Width => _header.Count;

    public override bool TryConvert(CsvRow row, RowOutput output, List<IngestReason> reasons)
    {
        var cells = output.Add();
        return TryConvertInto(row, cells, reasons, null);
    }

    /// <summary>Converts the template columns of <paramref name="row"/>; <paramref name="overrides"/> supplies
    /// values for columns that do not come from a field (wide surveys).</summary>
    internal bool TryConvertInto(CsvRow row, Cell[] cells, List<IngestReason> reasons, IReadOnlyDictionary<int, string>? overrides)
    {
        var before = reasons.Count;
        var columns = _template.Columns;
        for (var c = 0; c < columns.Count; c++)
        {
            var index = _binding.SourceIndex[c];
            string? raw = null;
            if (overrides is not null && overrides.TryGetValue(c, out var value))
            {
                raw = value;
            }
            else if (index >= 0)
            {
                raw = row.Fields[index];
            }

            var problem = _converter.Convert(columns[c], raw, out cells[c]);
            if (problem is { } p)
            {
                reasons.Add(Reason(row.Line, c, raw, p.Rule, p.Message));
            }
        }

        if (reasons.Count == before)
        {
            CheckRowRules(row, cells, reasons);
        }

        return reasons.Count == before;
    }

    private void CheckRowRules(CsvRow row, Cell[] cells, List<IngestReason> reasons)
    {
        var columns = _template.Columns;
        foreach (var (earlier, later) in _dateOrders)
        {
            if (cells[earlier].HasValue && cells[later].HasValue && cells[later].Integer < cells[earlier].Integer)
            {
                reasons.Add(Reason(row.Line, later, RawOf(row, later), Rules.DateOrder,
                    $"'{columns[later].Name}' lies before '{columns[earlier].Name}'."));
            }
        }

        foreach (var (column, when, value) in _onlyWhen)
        {
            if (cells[column].HasValue && cells[when].Text != value)
            {
                reasons.Add(Reason(row.Line, column, RawOf(row, column), Rules.NotAllowed,
                    $"'{columns[column].Name}' may only be filled when {columns[when].Name} is {value}; leave it empty otherwise (we store no pupil id we do not need)."));
            }
        }

        foreach (var (first, second) in _exactlyOne)
        {
            if (cells[first].HasValue == cells[second].HasValue)
            {
                reasons.Add(Reason(row.Line, first, RawOf(row, first), Rules.Required,
                    $"Fill exactly one of '{columns[first].Name}' and '{columns[second].Name}'."));
            }
        }
    }

    private string? RawOf(CsvRow row, int column) =>
        _binding.SourceIndex[column] is var i and >= 0 && i < row.Fields.Length ? row.Fields[i] : null;

    private IngestReason Reason(long line, int column, string? raw, string rule, string message)
    {
        var definition = _template.Columns[column];
        var index = _binding.SourceIndex[column];
        var header = index >= 0 ? _header[index] : definition.Name;
        return new IngestReason(_fileName, line, header, ShownValue(definition, raw), rule, message);
    }

    /// <summary>What reasons.csv may show of a value: never a pupil or respondent id.</summary>
    public static string ShownValue(TemplateColumn column, string? raw) =>
        column.Kind is ColumnKind.PupilId or ColumnKind.RespondentId
            ? (string.IsNullOrWhiteSpace(raw) ? string.Empty : IngestReason.HiddenId)
            : Shorten(raw ?? string.Empty);

    public static string Shorten(string value) => value.Length <= 100 ? value : string.Concat(value.AsSpan(0, 100), "…");
}
