using System.Text;

namespace KoersInsights.Ingestion.Tests.Support;

/// <summary>Small valid deliveries to start each bad-input case from.</summary>
public static class Deliveries
{
    public const string VerzuimHeader = "leerling_id;vestigingscode;soort;datum_start;datum_einde;woongemeente;gemeld_leerplicht";

    /// <summary>Clear pupil ids used in the test deliveries; a bronze scan must never find them.</summary>
    public static readonly string[] ClearIds = ["LL-100234", "LL-100235", "LL-100236", "LL-100237"];

    public const string VerzuimName = "verzuim_20FR00_2023-2024.csv";

    public static string Verzuim(params string[] rows) => string.Join('\n', [VerzuimHeader, .. rows]) + "\n";

    public static string[] GoodVerzuimRows { get; } =
    [
        "LL-100234;20FR00;relatief_langdurig;2023-09-12;2023-11-01;0599;ja",
        "LL-100235;20FR00;thuiszitter;14-10-2023;;0599;nee",
        "LL-100236;20FR00;absoluut;2024-01-08;;0606;ja",
    ];

    public static byte[] Windows1252(string text) => Encoding.GetEncoding(1252).GetBytes(text);

    static Deliveries() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
