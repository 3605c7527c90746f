using KoersInsights.Extracts.Disclosure;
using KoersInsights.Extracts.Scope;
using KoersInsights.Extracts.Writers;

namespace KoersInsights.Extracts.Publishing;

/// <summary>The workbook's last sheet: each indicator in the release with its unit and threshold, then the suppression note.</summary>
public static class DefinitionsSheet
{
    public static ReleaseTable Build(IReadOnlyList<IndicatorDefinition> definitions, IReadOnlyList<IndicatorRow> rows, ThresholdPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(policy);
        var byCode = definitions.ToDictionary(d => d.IndicatorCode, StringComparer.Ordinal);
        var lines = new List<ReleaseValue[]>();
        foreach (var code in rows.Select(r => r.IndicatorCode).Distinct().Order(StringComparer.Ordinal))
        {
            var definition = byCode.GetValueOrDefault(code);
            var text = definition is null ? code : $"{definition.Naam} ({definition.Eenheid})";
            lines.Add([ReleaseValue.Of(code), ReleaseValue.Of($"{text}; drempel {policy.ThresholdFor(code, string.Empty)}")]);
        }

        foreach (var note in SuppressionNote.Lines(policy))
        {
            lines.Add([ReleaseValue.Of("onderdrukking"), ReleaseValue.Of(note)]);
        }

        return new ReleaseTable("definities", "definities", [new("onderwerp", ColumnKind.Text), new("toelichting", ColumnKind.Text)], lines);
    }
}
