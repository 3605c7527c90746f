using KoersInsights.Core;
using KoersInsights.Functions;
using Microsoft.Extensions.Configuration;

namespace KoersInsights.FunctionsHost.Scheduling;

/// <summary>A function with its schedule from configuration (<c>Koers:Functions:&lt;Name&gt;:Schedule</c>).</summary>
public sealed record ScheduledFunction(IKoersFunction Function, FunctionSchedule Schedule, bool RunOnStartup)
{
    /// <param name="production">RunOnStartup is refused in Production: every restart or scale-out would run the job.</param>
    public static IReadOnlyList<ScheduledFunction> FromConfiguration(
        IEnumerable<IKoersFunction> functions, IConfiguration configuration, bool production)
    {
        var section = configuration.GetSection("Koers:Functions");
        var timeZone = section["TimeZone"] ?? "Europe/Amsterdam";
        return functions.Select(function =>
        {
            var own = section.GetSection(function.Name);
            var runOnStartup = bool.TryParse(own["RunOnStartup"], out var value) && value;
            if (runOnStartup && production)
            {
                throw new KoersException(
                    $"Koers:Functions:{function.Name}:RunOnStartup is true, which is refused in Production " +
                    "(every restart and every replica would run it); use --run-once for a one-off run");
            }

            return new ScheduledFunction(function, FunctionSchedule.Parse(own["Schedule"] ?? function.DefaultSchedule, timeZone), runOnStartup);
        }).ToList();
    }
}
