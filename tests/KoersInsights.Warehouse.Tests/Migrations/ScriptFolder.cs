namespace KoersInsights.Warehouse.Tests.Migrations;

/// <summary>A temporary sql/ folder (migrations/, views/, post/) that a test fills with scripts.</summary>
internal sealed class ScriptFolder : IDisposable
{
    public ScriptFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "koers-sql-" + Guid.NewGuid().ToString("N"));

    public ScriptFolder With(string relativePath, string sql)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, sql);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
