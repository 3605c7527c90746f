using System.Text.RegularExpressions;
using KoersInsights.Demo.Region;

namespace KoersInsights.Demo.Tests;

public sealed class DemoRegionTests
{
    private static readonly DemoRegion Default = DemoRegion.Create(DemoRegionOptions.Default);

    [Fact]
    public void Region_has_the_nine_koers_vo_gemeenten_with_their_cbs_codes()
    {
        Assert.Equal(
            ["0489", "0502", "0542", "0597", "0599", "0613", "1621", "1892", "1931"],
            DemoRegion.Gemeenten.Select(g => g.Code).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("ROZENBURG ZH", DemoRegion.Gemeenten.Single(g => g.Code == "0599").PlaatsnamenInSwv);
        Assert.Equal(["LEKKERKERK"], DemoRegion.Gemeenten.Single(g => g.Code == "1931").PlaatsnamenInSwv);
    }

    [Fact]
    public void Default_region_has_110_members_and_three_locations_outside()
    {
        Assert.Equal(110, Default.Members.Count());
        var outside = Default.Locations.Where(l => !l.InSwv).ToList();
        Assert.Equal(["ROZENBURG ZH", "SCHIEDAM", "SCHOONHOVEN"], outside.Select(l => l.Plaatsnaam).Order(StringComparer.Ordinal));
        Assert.InRange(Default.Besturen.Count, 16, 20);
    }

    [Fact]
    public void Every_member_lies_in_its_subregio_by_the_regio_rules_and_outsiders_in_none_that_admits_them()
    {
        foreach (var location in Default.Members)
        {
            Assert.Equal(location.Subregio, DemoRegion.SubregioOf(location.Gemeentecode, location.Plaatsnaam, location.Postcode));
            Assert.Contains(location.Plaatsnaam, DemoRegion.Gemeenten.Single(g => g.Code == location.Gemeentecode).PlaatsnamenInSwv);
        }

        Assert.All(Default.Locations.Where(l => !l.InSwv), l => Assert.Null(DemoRegion.SubregioOf(l.Gemeentecode, l.Plaatsnaam, l.Postcode)));
        Assert.Equal(DemoRegion.Subregios.Order(StringComparer.Ordinal), Default.Members.Select(l => l.Subregio!).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Codes_have_the_real_shapes()
    {
        Assert.All(Default.Locations, l =>
        {
            Assert.Matches("^[0-9]{2}[A-Z]{2}[0-9]{2}$", l.Vestigingscode);
            Assert.StartsWith(l.Instellingscode, l.Vestigingscode, StringComparison.Ordinal);
            Assert.Matches("^[0-9]{4} [A-Z]{2}$", l.Postcode);
            Assert.Matches("^[0-9]{4}$", l.Gemeentecode);
        });
        Assert.All(Default.Besturen, b => Assert.Matches("^[0-9]{5}$", b.Nummer));
        Assert.Equal(Default.Locations.Count, Default.Locations.Select(l => l.Vestigingscode).Distinct().Count());
    }

    [Fact]
    public void Postcodes_fall_in_the_gemeente_ranges()
    {
        var ranges = new Dictionary<string, (int From, int To)[]>
        {
            ["ROTTERDAM"] = [(3011, 3089)],
            ["HOOGVLIET ROTTERDAM"] = [(3190, 3194)],
            ["CAPELLE AAN DEN IJSSEL"] = [(2900, 2909)],
            ["KRIMPEN AAN DEN IJSSEL"] = [(2920, 2925)],
            ["LEKKERKERK"] = [(2941, 2941)],
            ["NIEUWERKERK AD IJSSEL"] = [(2911, 2914)],
            ["RIDDERKERK"] = [(2980, 2989)],
            ["BARENDRECHT"] = [(2990, 2994)],
            ["RHOON"] = [(3160, 3162)],
            ["POORTUGAAL"] = [(3170, 3172)],
            ["BERGSCHENHOEK"] = [(2650, 2665)],
            ["BERKEL EN RODENRIJS"] = [(2650, 2665)],
            ["BLEISWIJK"] = [(2650, 2666)],
        };
        foreach (var location in Default.Members)
        {
            var pc = int.Parse(location.Postcode[..4], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(ranges[location.Plaatsnaam], r => pc >= r.From && pc <= r.To);
        }

        Assert.All(Default.Members.Where(l => l.Subregio == "Rotterdam-Zuid" && l.Plaatsnaam == "ROTTERDAM"), l => Assert.Matches("^30[78][0-9]", l.Postcode));
    }

    [Fact]
    public void Small_preset_has_every_subregio_and_three_schooljaren()
    {
        var small = DemoRegion.Create(DemoRegionOptions.Small);

        Assert.Equal(12, small.Members.Count());
        Assert.Equal(6, small.Members.Select(l => l.Subregio).Distinct().Count());
        Assert.Equal(["2022-2023", "2023-2024", "2024-2025"], DemoRegionOptions.Small.Schooljaren);
    }

    [Fact]
    public void Names_are_fictitious_compounds()
    {
        Assert.All(Default.Locations, l => Assert.Matches(new Regex("(College|Lyceum|Gymnasium|Mavo|Vmbo|Vakschool|Praktijk|Scholengemeenschap)"), l.Naam));
        Assert.All(Default.Besturen, b => Assert.StartsWith("Stichting ", b.Naam, StringComparison.Ordinal));
    }
}
