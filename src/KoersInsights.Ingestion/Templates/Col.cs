using KoersInsights.Ingestion.Values;

namespace KoersInsights.Ingestion.Templates;

/// <summary>Short constructors so each template reads like the table in sources.md.</summary>
internal static class Col
{
    public static TemplateColumn Pupil(string name = "leerling_id") => new(name, ColumnKind.PupilId);

    public static TemplateColumn Respondent() => new("respondent_id", ColumnKind.RespondentId);

    public static TemplateColumn Vestiging(bool allowSwv = false) => new("vestigingscode", ColumnKind.Vestigingscode, AllowSwv: allowSwv);

    public static TemplateColumn Text(string name) => new(name, ColumnKind.Text);

    public static TemplateColumn Code(string name, CodeList codes) => new(name, ColumnKind.Code, Codes: codes);

    public static TemplateColumn Date(string name, int yearsBefore = 6, int yearsAfter = 1) =>
        new(name, ColumnKind.Date, YearsBefore: yearsBefore, YearsAfter: yearsAfter);

    public static TemplateColumn Bool(string name) => new(name, ColumnKind.Boolean);

    public static TemplateColumn Int(string name, long min, long max) => new(name, ColumnKind.Integer, Min: min, Max: max);

    public static TemplateColumn Dec(string name, int precision, int scale, long min = long.MinValue) =>
        new(name, ColumnKind.Decimal, Precision: precision, Scale: scale, Min: min);

    public static TemplateColumn Schooljaar(string name = "schooljaar") => new(name, ColumnKind.Schooljaar);

    public static TemplateColumn Gemeente(string name = "woongemeente") => new(name, ColumnKind.Gemeentecode);

    public static TemplateColumn Postcode(string name) => new(name, ColumnKind.Postcode);

    public static TemplateColumn Leerjaar() => Int("leerjaar", 1, 6);
}
