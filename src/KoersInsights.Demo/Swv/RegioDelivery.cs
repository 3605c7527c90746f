using System.Globalization;
using KoersInsights.Demo.Region;
using KoersInsights.Demo.Schools;

namespace KoersInsights.Demo.Swv;

/// <summary>The subregio rules as the SWV delivers them.</summary>
internal static class RegioDelivery
{
    public static Delivery Build(int year)
    {
        var rows = DemoRegion.SubregioRules.Select(r => new[]
        {
            r.Subregio, r.Gemeentecode, r.Plaatsnaam ?? string.Empty,
            r.PostcodeVan?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, r.PostcodeTot?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        }).ToList();
        return new Delivery("regio", "SWV", year, Templates.Regio, rows);
    }
}
