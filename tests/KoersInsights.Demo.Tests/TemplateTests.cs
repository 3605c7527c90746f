namespace KoersInsights.Demo.Tests;

[Collection(GeneratedRegionCollection.Name)]
public sealed class TemplateTests(GeneratedRegionFixture region)
{
    [Fact]
    public void Every_good_delivery_has_exactly_the_template_columns()
    {
        var files = region.GoodDeliveries(DemoSources.Schools).Concat(region.GoodDeliveries(DemoSources.Surveys)).ToList();
        Assert.Equal(TemplateColumns.ByType.Keys.Order(), files.Select(f => TemplateColumns.TypeOf(f.FileName)).Distinct().Order());
        foreach (var file in files)
        {
            var rows = CsvFile.Read(region.PathOf(file));
            var expected = TemplateColumns.ByType[TemplateColumns.TypeOf(file.FileName)];
            Assert.Equal(expected, rows[0]);
            Assert.All(rows, r => Assert.Equal(expected.Length, r.Length));
            Assert.Equal(file.Rows, rows.Count - 1);
        }
    }

    [Fact]
    public void Deliveries_come_in_the_encodings_and_date_styles_the_templates_allow()
    {
        var encodings = new HashSet<string>();
        var dayFirst = false;
        var isoDates = false;
        foreach (var file in region.GoodDeliveries(DemoSources.Schools).Where(f => f.FileName.StartsWith("trajectvoorziening_", StringComparison.Ordinal) || f.FileName.StartsWith("doelen_", StringComparison.Ordinal)))
        {
            var rows = CsvFile.Read(region.PathOf(file), out var encoding);
            encodings.Add(encoding);
            foreach (var row in rows.Skip(1).Where(r => r.Length == 10))
            {
                dayFirst |= System.Text.RegularExpressions.Regex.IsMatch(row[2], @"^\d{2}-\d{2}-\d{4}$");
                isoDates |= System.Text.RegularExpressions.Regex.IsMatch(row[2], @"^\d{4}-\d{2}-\d{2}$");
            }
        }

        Assert.Equal(["utf-8", "utf-8-bom", "windows-1252"], encodings.Order());
        Assert.True(dayFirst && isoDates, "expected both yyyy-mm-dd and dd-mm-yyyy dates");
    }

    [Fact]
    public void Codes_are_from_the_template_code_lists()
    {
        string[] redenen = ["gedrag", "sociaal_emotioneel", "motivatie_burnout", "leerproblemen", "thuissituatie", "overig"];
        string[] uitkomsten = ["", "terug_in_klas", "andere_school", "vso", "thuiszitter", "overig"];
        string[] onderwijstypen = ["PRO", "VMBO-B", "VMBO-K", "VMBO-GT", "HAVO", "VWO", "VSO"];
        foreach (var file in region.GoodDeliveries(DemoSources.Schools).Where(f => f.FileName.StartsWith("trajectvoorziening_", StringComparison.Ordinal)))
        {
            foreach (var row in CsvFile.Read(region.PathOf(file)).Skip(1))
            {
                Assert.Contains(row[3], redenen);
                Assert.Contains(row[5], uitkomsten);
                Assert.Contains(row[6], onderwijstypen);
                Assert.InRange(int.Parse(row[7], System.Globalization.CultureInfo.InvariantCulture), 1, 6);
                Assert.Contains(row[8], new[] { "ja", "nee" });
                Assert.Matches(@"^\d{4}$", row[9]);
            }
        }
    }
}
