using System.Text.RegularExpressions;

namespace KoersInsights.Demo.Tests;

[Collection(GeneratedRegionCollection.Name)]
public sealed partial class FileNamingTests(GeneratedRegionFixture region)
{
    [Fact]
    public void Every_good_delivery_is_named_type_sender_schooljaar()
    {
        var names = region.GoodDeliveries(DemoSources.Schools).Concat(region.GoodDeliveries(DemoSources.Surveys))
            .Select(f => f.FileName).Where(n => n != "vragen.csv").ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name =>
        {
            var match = DeliveryName().Match(name);
            Assert.True(match.Success, $"{name} does not follow <type>_<vestigingscode|SWV>_<yyyy-yyyy>.csv");
            Assert.Equal(int.Parse(match.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse(match.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture));
        });
    }

    [Fact]
    public void School_files_are_sent_by_members_and_swv_files_by_the_swv()
    {
        var members = region.Summary.Region.Members.Select(l => l.Vestigingscode).ToHashSet();
        foreach (var name in region.GoodDeliveries(DemoSources.Schools).Select(f => f.FileName))
        {
            var match = DeliveryName().Match(name);
            var swvType = match.Groups["type"].Value is "tlv" or "consultatie" or "middelen" or "doelen" or "regio";
            Assert.True(swvType ? match.Groups["sender"].Value == "SWV" : members.Contains(match.Groups["sender"].Value), name);
        }
    }

    [Fact]
    public void Landing_holds_exactly_the_files_the_summary_lists()
    {
        var onDisk = Directory.GetFiles(Path.Combine(region.Folder, "landing"), "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(region.Folder, p).Replace('\\', '/')).Order(StringComparer.Ordinal);

        Assert.Equal(region.Summary.Files.Select(f => f.RelativePath).Order(StringComparer.Ordinal), onDisk);
        Assert.All(region.Summary.Files, f => Assert.StartsWith($"landing/{f.Source}/", f.RelativePath, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^(?<type>trajectvoorziening|observatie|opp|ondersteuning|verzuim|doorstroom|tlv|consultatie|middelen|doelen|regio|enquete)_(?<sender>[0-9]{2}[A-Z]{2}[0-9]{2}|SWV)_(?<from>\d{4})-(?<to>\d{4})\.csv$")]
    private static partial Regex DeliveryName();
}
