using KoersInsights.Demo.Model;
using KoersInsights.Demo.Schools;

namespace KoersInsights.Demo.Output;

/// <summary>Writes template deliveries (<c>;</c>, header row, quoting only where needed) in the sender's style.</summary>
internal static class DeliveryWriter
{
    public static string Write(DemoOutput output, string source, Delivery delivery, DeliveryStyle style, string? fileName = null) =>
        output.Write(
            source,
            fileName ?? delivery.FileName,
            DelimitedText.Render(delivery.Header, delivery.Rows, Quoting.WhenNeeded),
            style.Encoding,
            delivery.Rows.Count);
}
