namespace KoersInsights.Demo.Model;

/// <summary>An onderwijstype (sources.md code list) with its number of leerjaren.</summary>
internal sealed record Track(int Index, string Onderwijstype, int Leerjaren)
{
    public static Track Pro { get; } = new(0, "PRO", 5);

    public static Track VmboB { get; } = new(1, "VMBO-B", 4);

    public static Track VmboK { get; } = new(2, "VMBO-K", 4);

    public static Track VmboGt { get; } = new(3, "VMBO-GT", 4);

    public static Track Havo { get; } = new(4, "HAVO", 5);

    public static Track Vwo { get; } = new(5, "VWO", 6);

    /// <summary>Tracks of a DUO ONDERWIJSSTRUCTUUR (VBO = VMBO basis/kader, MAVO = VMBO gemengd/theoretisch).</summary>
    public static IReadOnlyList<Track> ForStructuur(string onderwijsstructuur)
    {
        var tracks = new List<Track>();
        foreach (var part in onderwijsstructuur.Split('/'))
        {
            tracks.AddRange(part switch
            {
                "PRO" => [Pro],
                "VBO" => [VmboB, VmboK],
                "MAVO" => [VmboGt],
                "HAVO" => [Havo],
                "VWO" => [Vwo],
                _ => throw new ArgumentException($"Unknown onderwijsstructuur part {part}", nameof(onderwijsstructuur)),
            });
        }

        return tracks;
    }
}
