using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KoersInsights.Extracts.Writers;

namespace KoersInsights.Extracts.Tests.Publishing;

/// <summary>Reads a workbook back with the OpenXml SDK into rows of text, numbers formatted as the CSV writes them.</summary>
internal static class XlsxSheets
{
    public sealed record Sheet(List<string[]> Rows, bool HeaderFrozen);

    public static Dictionary<string, Sheet> Read(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var result = new Dictionary<string, Sheet>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = part.Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(Text).ToArray())
                .ToList();
            var pane = part.Worksheet.Descendants<Pane>().FirstOrDefault();
            var frozen = pane?.State?.Value == PaneStateValues.Frozen && pane.VerticalSplit?.Value == 1;
            result[sheet.Name!] = new Sheet(rows, frozen);
        }

        return result;
    }

    private static string Text(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString
            ? cell.InlineString?.Text?.Text ?? string.Empty
            : NumberText.Format(decimal.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture));
}
