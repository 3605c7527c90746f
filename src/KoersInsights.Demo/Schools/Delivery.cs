namespace KoersInsights.Demo.Schools;

/// <summary>One template file before it is written: type, sender (vestigingscode or <c>SWV</c>), schooljaar, rows.</summary>
internal sealed record Delivery(string Type, string Sender, int Year, IReadOnlyList<string> Header, List<string[]> Rows)
{
    public string FileName => $"{Type}_{Sender}_{Schooljaar.Format(Year)}.csv";
}
