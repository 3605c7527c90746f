namespace KoersInsights.Ingestion.Templates;

/// <summary>How a template column is parsed, checked and stored (docs/lake.md, "Types").</summary>
public enum ColumnKind
{
    /// <summary>Free text, trimmed; STRING.</summary>
    Text,

    /// <summary>leerling_id: pseudonymised to <c>leerling_pseudonym</c>; never stored or shown in clear.</summary>
    PupilId,

    /// <summary>respondent_id: pseudonymised to <c>respondent_pseudonym</c>.</summary>
    RespondentId,

    /// <summary>BRIN + 2 digits (<c>20FR00</c>), upper case; <c>SWV</c> where the template allows it.</summary>
    Vestigingscode,

    /// <summary>Bevoegd-gezagnummer (5 digits).</summary>
    Bestuur,

    /// <summary>One of a code list, stored in the list's spelling.</summary>
    Code,

    /// <summary><c>yyyy-mm-dd</c> or <c>dd-mm-yyyy</c>, inside the plausible window of the delivery's schooljaar; DATE.</summary>
    Date,

    /// <summary><c>ja</c>/<c>nee</c>; BOOLEAN.</summary>
    Boolean,

    /// <summary>Whole number within a range; INT32.</summary>
    Integer,

    /// <summary>Decimal comma or point; DECIMAL(p,s).</summary>
    Decimal,

    /// <summary><c>yyyy-yyyy</c>.</summary>
    Schooljaar,

    /// <summary>CBS gemeente code, stored as 4 digits (<c>GM0599</c>, <c>599</c> → <c>0599</c>).</summary>
    Gemeentecode,

    /// <summary>Dutch postcode, <c>1234</c> or <c>1234AB</c> (space removed, upper case).</summary>
    Postcode,
}
