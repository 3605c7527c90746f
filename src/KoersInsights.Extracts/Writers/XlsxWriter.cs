using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KoersInsights.Extracts.Writers;

/// <summary>
/// One workbook per release: a sheet per table with a frozen, bold header row and number formats, then a sheet
/// with the definitions and the suppression note. Strings are inline (no shared-string table) so each sheet is
/// self-contained; part ids are fixed and the zip is normalised (<see cref="DeterministicZip"/>) so the same tables
/// always give the same bytes.
/// </summary>
public static class XlsxWriter
{
    // Style indexes into the stylesheet below.
    private const uint HeaderStyle = 1;
    private const uint NumberStyle = 2;
    private const uint MarkerStyle = 3;

    public static byte[] Write(IReadOnlyList<ReleaseTable> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = Stylesheet();
            var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
            for (var i = 0; i < sheets.Count; i++)
            {
                var id = $"rIdSheet{i + 1}";
                var part = workbookPart.AddNewPart<WorksheetPart>(id);
                part.Worksheet = Worksheet(sheets[i]);
                sheetList.Append(new Sheet { Id = id, SheetId = (uint)(i + 1), Name = SheetName(sheets[i].Title) });
            }

            workbookPart.Workbook.Save();
        }

        return DeterministicZip.Normalize(buffer.ToArray());
    }

    private static Worksheet Worksheet(ReleaseTable table)
    {
        var frozen = new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0 });
        var columns = new Columns(table.Columns.Select((c, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = c.Kind == ColumnKind.Number ? 12 : Math.Clamp(c.Name.Length + 4, 10, 40),
            CustomWidth = true,
        }));
        var data = new SheetData();
        data.Append(new Row(table.Columns.Select(c => TextCell(c.Name, HeaderStyle))) { RowIndex = 1 });
        var index = 2u;
        foreach (var row in table.Rows)
        {
            data.Append(new Row(row.Select(ValueCell)) { RowIndex = index++ });
        }

        return new Worksheet(frozen, columns, data);
    }

    private static Cell ValueCell(ReleaseValue value) =>
        value.Suppressed ? TextCell(ReleaseValue.Marker, MarkerStyle)
        : value.Number is { } n ? new Cell { CellValue = new CellValue(n.ToString(System.Globalization.CultureInfo.InvariantCulture)), StyleIndex = NumberStyle }
        : TextCell(value.Text ?? string.Empty, 0);

    private static Cell TextCell(string text, uint style) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    // Excel's rules: at most 31 characters, none of []:*?/\ (ECMA-376 Part 1, §18.2.19 sheet name).
    private static string SheetName(string title)
    {
        var clean = new string(title.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0).ToArray());
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.##" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Right }) { ApplyAlignment = true })
        { Count = 4 });
}
