using System.Diagnostics;
using System.Globalization;
using KoersInsights.Functions;

namespace KoersInsights.Cli.Running;

/// <summary>
/// Progress of a long run as plain lines on stderr, at most one per second: readable in a terminal, in a CI log and
/// when stdout is piped, which a redrawing progress bar is not.
/// </summary>
internal sealed class ThrottledProgress(TextWriter error, Stopwatch elapsed) : IProgress<FunctionProgress>
{
    private TimeSpan? _lastWritten;

    public void Report(FunctionProgress value)
    {
        var now = elapsed.Elapsed;
        if (_lastWritten is { } last && now - last < TimeSpan.FromSeconds(1))
        {
            return;
        }

        _lastWritten = now;
        var total = value.Total is { } t ? string.Create(CultureInfo.InvariantCulture, $"/{t:N0}") : string.Empty;
        error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {value.Function}: {value.Done:N0}{total} {value.Unit}, {value.Activity}, {now.TotalSeconds:0} s"));
    }
}
