using System.Text.Json;

namespace KoersInsights.Warehouse.Embedded;

/// <summary>What the embedded cluster needs to be found again: stored as JSON in <c>$KOERS_HOME/postgres/</c>.</summary>
internal sealed record EmbeddedPostgresState(int Port, string User, string Password, string Database)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static EmbeddedPostgresState? Read(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<EmbeddedPostgresState>(File.ReadAllText(path)) : null;

    public void Write(string path)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, Json));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temp, path, overwrite: true);
    }
}
