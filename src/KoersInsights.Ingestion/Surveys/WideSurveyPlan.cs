using System.Text.RegularExpressions;
using KoersInsights.Ingestion.Bronze;
using KoersInsights.Ingestion.Csv;
using KoersInsights.Ingestion.Profiles;
using KoersInsights.Ingestion.Pseudonyms;
using KoersInsights.Ingestion.Templates;
using KoersInsights.Ingestion.Validation;
using KoersInsights.Ingestion.Values;

namespace KoersInsights.Ingestion.Surveys;

/// <summary>
/// A wide survey export (one row per respondent, one column per question) turned into the long format of
/// sources.md §3 through a mapping profile with a <c>wide</c> section. Counting unit is the delivered line; each
/// line yields one bronze row per answered question (manifest <c>bronze_rows</c>).
/// </summary>
public sealed class WideSurveyPlan : EntityPlan
{
    private static readonly string[] Fixed = ["respondent_id", "vestigingscode", "datum", "doelgroep", "vragenlijst"];

    private readonly string _fileName;
    private readonly DeliveryTemplate _template;
    private readonly IReadOnlyList<string> _header;
    private readonly ValueConverter _converter;
    private readonly Dictionary<string, int> _fixedIndex;
    private readonly IReadOnlyDictionary<string, string> _constants;
    private readonly (int Index, string Code)[] _questions;

    private WideSurveyPlan(
        string fileName, DeliveryTemplate template, IReadOnlyList<string> header, MappingProfile profile, ValueConverter converter,
        Dictionary<string, int> fixedIndex, IReadOnlyDictionary<string, string> constants, (int, string)[] questions)
    {
        _fileName = fileName;
        _template = template;
        _header = header;
        ProfileName = profile.Name;
        _converter = converter;
        _fixedIndex = fixedIndex;
        _constants = constants;
        _questions = questions;
        Fields = [.. template.Columns.Select(c => c.ToBronze())];
        KeyFields = [.. template.NaturalKey.Select(template.IndexOf)];
        KeyDescription = string.Join(", ", template.NaturalKey);
    }

    public override string Entity => _template.Entity;

    public override IReadOnlyList<BronzeField> Fields { get; }

    public override IReadOnlyList<int> KeyFields { get; }

    public override string KeyDescription { get; }

    public override string SchemaVersion => DeliveryTemplate.SchemaVersion;

    public override string? ProfileName { get; }

    public override int Width => _header.Count;

    /// <summary>
    /// A plan when the header is a wide export some profile fully explains (fixed columns plus question columns);
    /// null otherwise, and the file is then checked as a long-format delivery.
    /// </summary>
    public static WideSurveyPlan? TryCreate(
        string fileName, DeliveryTemplate template, IReadOnlyList<string> header, IEnumerable<MappingProfile> profiles,
        IPseudonymizer pseudonymizer, Schooljaar? schooljaar, string fileParty)
    {
        if (template.Entity != TemplateCatalog.Enquete.Entity || header.Any(h => HeaderBinding.Normalise(h) == "vraag_code"))
        {
            return null;
        }

        foreach (var profile in profiles.Where(p => p.Wide is not null && p.Applies(template.Entity)))
        {
            var pattern = profile.Wide!.QuestionPattern is { } p ? new Regex(p, RegexOptions.CultureInvariant) : null;
            var fixedIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var questions = new List<(int, string)>();
            var explained = true;
            for (var i = 0; i < header.Count && explained; i++)
            {
                var name = profile.Rename(header[i]);
                if (Fixed.Contains(name) && !fixedIndex.ContainsKey(name))
                {
                    fixedIndex[name] = i;
                }
                else if (profile.Wide.Questions.TryGetValue(header[i].Trim(), out var code))
                {
                    questions.Add((i, code));
                }
                else if (pattern?.Match(header[i].Trim()) is { Success: true } match)
                {
                    questions.Add((i, match.Groups["code"].Value));
                }
                else
                {
                    explained = false;
                }
            }

            var constants = new Dictionary<string, string>(profile.Wide.Constants, StringComparer.Ordinal);
            if (fileParty != "SWV")
            {
                constants.TryAdd("vestigingscode", fileParty);
            }

            var complete = Fixed.All(f => fixedIndex.ContainsKey(f) || constants.ContainsKey(f));
            if (explained && complete && questions.Count > 0)
            {
                return new WideSurveyPlan(fileName, template, header, profile, new ValueConverter(pseudonymizer, schooljaar), fixedIndex, constants, [.. questions]);
            }
        }

        return null;
    }

    public override bool TryConvert(CsvRow row, RowOutput output, List<IngestReason> reasons)
    {
        var before = reasons.Count;
        var common = new Cell[Fixed.Length];
        for (var f = 0; f < Fixed.Length; f++)
        {
            var column = _template.Column(Fixed[f])!;
            var fromFile = _fixedIndex.TryGetValue(Fixed[f], out var index);
            var raw = fromFile ? row.Fields[index] : _constants[Fixed[f]];
            if (_converter.Convert(column, raw, out common[f]) is { } problem)
            {
                var header = fromFile ? _header[index] : column.Name;
                reasons.Add(new IngestReason(_fileName, row.Line, header, TemplatePlan.ShownValue(column, raw), problem.Rule, problem.Message));
            }
        }

        if (reasons.Count > before)
        {
            return false;
        }

        var vraagCode = _template.IndexOf("vraag_code");
        var antwoord = _template.IndexOf("antwoord");
        foreach (var (index, code) in _questions)
        {
            var answer = row.Fields[index].Trim();
            if (answer.Length == 0)
            {
                continue;
            }

            if (answer.Length > CsvLimits.MaxTextChars)
            {
                reasons.Add(new IngestReason(_fileName, row.Line, _header[index], TemplatePlan.Shorten(answer), Rules.Range,
                    $"The answer is longer than {CsvLimits.MaxTextChars} characters."));
                return false;
            }

            var cells = output.Add();
            for (var f = 0; f < Fixed.Length; f++)
            {
                cells[_template.IndexOf(Fixed[f])] = common[f];
            }

            cells[vraagCode] = Cell.Of(code);
            cells[antwoord] = Cell.Of(answer);
        }

        return true;
    }
}
