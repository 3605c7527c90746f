using KoersInsights.Ingestion.Bronze;
using KoersInsights.Ingestion.Values;

namespace KoersInsights.Ingestion.Templates;

/// <summary>One column of a delivery template (sources.md §2, §3).</summary>
/// <param name="YearsBefore">Dates may lie this many years before the delivery's schooljaar starts.</param>
/// <param name="YearsAfter">Dates may lie this many years after the delivery's schooljaar ends.</param>
/// <param name="AllowSwv">The value <c>SWV</c> is allowed in place of a vestigingscode.</param>
public sealed record TemplateColumn(
    string Name,
    ColumnKind Kind,
    bool Required = true,
    CodeList? Codes = null,
    long Min = long.MinValue,
    long Max = long.MaxValue,
    int Precision = 0,
    int Scale = 0,
    int YearsBefore = 6,
    int YearsAfter = 1,
    bool AllowSwv = false)
{
    /// <summary>Plausible dates: a pupil's path through VO (up to six years) before the schooljaar, one year after.</summary>
    public DateOnly EarliestDate(Schooljaar schooljaar) => schooljaar.FirstDay.AddYears(-YearsBefore);

    public DateOnly LatestDate(Schooljaar schooljaar) => schooljaar.LastDay.AddYears(YearsAfter);

    public TemplateColumn Optional() => this with { Required = false };

    /// <summary>The bronze column: ids become pseudonyms, types per docs/lake.md.</summary>
    public BronzeField ToBronze() => Kind switch
    {
        ColumnKind.PupilId => new("leerling_pseudonym", BronzeType.String, !Required),
        ColumnKind.RespondentId => new("respondent_pseudonym", BronzeType.String, !Required),
        ColumnKind.Date => new(Name, BronzeType.Date, !Required),
        ColumnKind.Boolean => new(Name, BronzeType.Boolean, !Required),
        ColumnKind.Integer => new(Name, BronzeType.Int32, !Required),
        ColumnKind.Decimal => new(Name, BronzeType.Decimal, !Required, Precision, Scale),
        _ => new(Name, BronzeType.String, !Required),
    };
}
