namespace KoersInsights.Demo.Output;

/// <summary>Quoting styles seen in the real files (data/duo/README.md) and used for the templates.</summary>
internal enum Quoting
{
    /// <summary>Quote a field only when it holds the delimiter or a quote (the vestigingen file, templates).</summary>
    WhenNeeded,

    /// <summary>Quote every field (the examens file).</summary>
    All,

    /// <summary>Quote every field except the last-but-one data column (the pupil file's unquoted AANTAL LEERLINGEN).</summary>
    AllButAantalLeerlingen,
}
