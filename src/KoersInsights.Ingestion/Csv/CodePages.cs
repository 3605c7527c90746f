using System.Text;

namespace KoersInsights.Ingestion.Csv;

/// <summary>Windows-1252, the encoding of DUO's vestigingen file and of Excel's "CSV (;)" on Dutch Windows.</summary>
internal static class CodePages
{
    static CodePages()
    {
        // .NET (Core) ships only Unicode encodings; code page 1252 comes from the provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    public static Encoding Windows1252 { get; }

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
