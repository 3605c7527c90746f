using System.Globalization;
using KoersInsights.Ingestion.Bronze;
using KoersInsights.Ingestion.Csv;
using KoersInsights.Ingestion.Pseudonyms;
using KoersInsights.Ingestion.Templates;
using KoersInsights.Ingestion.Values;

namespace KoersInsights.Ingestion.Validation;

/// <summary>Parses and checks one template value; a failure is a rule and a message, never an exception.</summary>
public sealed class ValueConverter(IPseudonymizer pseudonymizer, Schooljaar? schooljaar)
{
    /// <summary>Converts <paramref name="raw"/>; null <paramref name="raw"/>, empty or a lone space is empty.</summary>
    /// <returns>Null on success, else (rule, message).</returns>
    public (string Rule, string Message)? Convert(TemplateColumn column, string? raw, out Cell cell)
    {
        cell = Cell.Null;
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return column.Required ? (Rules.Required, $"'{column.Name}' is required but empty.") : null;
        }

        switch (column.Kind)
        {
            case ColumnKind.PupilId:
            case ColumnKind.RespondentId:
                if (text.Length > 64)
                {
                    return (Rules.Format, $"'{column.Name}' is longer than 64 characters; deliver the school's pupil number or onderwijsnummer.");
                }

                cell = Cell.Of(pseudonymizer.Pseudonymize(text));
                return null;

            case ColumnKind.Text:
                if (text.Length > CsvLimits.MaxTextChars)
                {
                    return (Rules.Range, $"'{column.Name}' is longer than {CsvLimits.MaxTextChars} characters.");
                }

                cell = Cell.Of(text);
                return null;

            case ColumnKind.Vestigingscode:
                var code = text.ToUpperInvariant();
                if (code == "SWV" && column.AllowSwv)
                {
                    cell = Cell.Of(code);
                    return null;
                }

                if (!DeliveryFileName.VestigingscodePattern().IsMatch(code))
                {
                    return (Rules.Format, $"'{column.Name}' must be a vestigingscode: 4-character BRIN plus 2 digits, like 20FR00{(column.AllowSwv ? ", or SWV" : string.Empty)}.");
                }

                cell = Cell.Of(code);
                return null;

            case ColumnKind.Bestuur:
                if (!DeliveryFileName.BestuurPattern().IsMatch(text))
                {
                    return (Rules.Format, $"'{column.Name}' must be a bevoegd-gezagnummer of 5 digits.");
                }

                cell = Cell.Of(text);
                return null;

            case ColumnKind.Code:
                if (!column.Codes!.TryNormalise(text, out var normalised))
                {
                    return (Rules.Code, $"'{column.Name}' must be one of: {column.Codes}.");
                }

                cell = Cell.Of(normalised);
                return null;

            case ColumnKind.Date:
                return ConvertDate(column, text, out cell);

            case ColumnKind.Boolean:
                if (!BooleanText.TryParse(text, out var flag))
                {
                    return (Rules.Type, $"'{column.Name}' must be ja or nee.");
                }

                cell = Cell.Of(flag);
                return null;

            case ColumnKind.Integer:
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    return (Rules.Type, $"'{column.Name}' must be a whole number.");
                }

                if (number < column.Min || number > column.Max)
                {
                    return (Rules.Range, $"'{column.Name}' must be between {column.Min} and {column.Max}.");
                }

                cell = Cell.Of(number);
                return null;

            case ColumnKind.Decimal:
                return ConvertDecimal(column, text, out cell);

            case ColumnKind.Schooljaar:
                if (!Values.Schooljaar.TryParse(text, out var year))
                {
                    return (Rules.Format, $"'{column.Name}' must be a schooljaar like 2023-2024.");
                }

                cell = Cell.Of(year.ToString());
                return null;

            case ColumnKind.Gemeentecode:
                var digits = text.StartsWith("GM", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
                if (digits.Length is < 1 or > 4 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var gemeente) || gemeente == 0)
                {
                    return (Rules.Format, $"'{column.Name}' must be a CBS gemeente code like 0599 or GM0599.");
                }

                cell = Cell.Of(gemeente.ToString("D4", CultureInfo.InvariantCulture));
                return null;

            case ColumnKind.Postcode:
                var postcode = text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
                if (!IsPostcode(postcode))
                {
                    return (Rules.Format, $"'{column.Name}' must be a postcode like 3011 or 3011AB.");
                }

                cell = Cell.Of(postcode);
                return null;

            default:
                throw new InvalidOperationException($"{column.Kind} has no converter");
        }
    }

    private (string Rule, string Message)? ConvertDate(TemplateColumn column, string text, out Cell cell)
    {
        cell = Cell.Null;
        if (!DateText.TryParse(text, out var date))
        {
            return (Rules.Type, $"'{column.Name}' is not a date; use yyyy-mm-dd or dd-mm-yyyy.");
        }

        if (schooljaar is { } sj && (date < column.EarliestDate(sj) || date > column.LatestDate(sj)))
        {
            return (Rules.Range, $"'{column.Name}' lies outside the plausible window for schooljaar {sj} ({column.EarliestDate(sj):yyyy-MM-dd} to {column.LatestDate(sj):yyyy-MM-dd}); check the year.");
        }

        cell = Cell.Of(date);
        return null;
    }

    private static (string Rule, string Message)? ConvertDecimal(TemplateColumn column, string text, out Cell cell)
    {
        cell = Cell.Null;
        if (!DecimalText.TryParse(text, out var value))
        {
            return (Rules.Type, $"'{column.Name}' must be a number (decimal comma allowed).");
        }

        var limit = Pow10(column.Precision - column.Scale);
        if (Math.Abs(value) >= limit || DecimalText.Scale(value) > column.Scale)
        {
            return (Rules.Range, $"'{column.Name}' must have at most {column.Precision - column.Scale} digits before and {column.Scale} after the decimal separator.");
        }

        if (column.Min != long.MinValue && value < column.Min)
        {
            return (Rules.Range, $"'{column.Name}' may not be below {column.Min}.");
        }

        cell = Cell.Of(value);
        return null;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    private static bool IsPostcode(string postcode) =>
        (postcode.Length == 4 || (postcode.Length == 6 && char.IsAsciiLetterUpper(postcode[4]) && char.IsAsciiLetterUpper(postcode[5])))
        && postcode[..4].All(char.IsAsciiDigit) && postcode[0] != '0';
}
