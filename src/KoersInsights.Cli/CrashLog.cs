using System.Globalization;

namespace KoersInsights.Cli;

/// <summary>Keeps the stack trace of an unexpected error out of the user's terminal but available for a bug report.</summary>
internal static class CrashLog
{
    public static string Write(string? home, Exception exception)
    {
        var dir = Path.Combine(home ?? Path.GetTempPath(), "logs");
        try
        {
            Directory.CreateDirectory(dir);
            var path = Path.Combine(dir, $"crash-{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.txt");
            File.WriteAllText(path, exception.ToString());
            return path;
        }
        catch (IOException)
        {
            return "(could not write a crash log)";
        }
        catch (UnauthorizedAccessException)
        {
            return "(could not write a crash log)";
        }
    }
}
