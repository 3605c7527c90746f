using KoersInsights.Core;
using NCrontab;

namespace KoersInsights.FunctionsHost.Scheduling;

/// <summary>
/// An NCRONTAB schedule (six fields, seconds first — the format of Azure Functions' timer trigger, parsed by the
/// same library) evaluated in a time zone's wall-clock time, default Europe/Amsterdam.
/// Clock changes: a local time that does not exist (the spring-forward gap, e.g. 02:30 on the last Sunday of March)
/// is shifted forward by the jump (runs at 03:30); a local time that happens twice (the autumn fall-back hour) runs
/// once, at its first occurrence. So a nightly job runs exactly once every night, also on those two nights.
/// </summary>
public sealed class FunctionSchedule
{
    private readonly CrontabSchedule _cron;

    private FunctionSchedule(string expression, CrontabSchedule cron, TimeZoneInfo timeZone)
    {
        Expression = expression;
        _cron = cron;
        TimeZone = timeZone;
    }

    public string Expression { get; }

    public TimeZoneInfo TimeZone { get; }

    public static FunctionSchedule Parse(string expression, string timeZoneId = "Europe/Amsterdam")
    {
        var cron = CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
            ?? throw new KoersException(
                $"schedule '{expression}' is not a valid NCRONTAB expression: six fields, seconds first, e.g. \"0 0 2 * * *\" for 02:00 every day");
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (TimeZoneNotFoundException ex)
        {
            throw new KoersException($"time zone '{timeZoneId}' is unknown (use an IANA name such as Europe/Amsterdam)", ex);
        }

        return new FunctionSchedule(expression, cron, zone);
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset after)
    {
        // Seconds are the finest unit of NCRONTAB; search from the start of the current local second.
        var local = TimeZoneInfo.ConvertTime(after, TimeZone).DateTime;
        var candidate = local.AddTicks(-(local.Ticks % TimeSpan.TicksPerSecond)).AddTicks(-1);
        for (var guard = 0; guard < 10_000; guard++)
        {
            candidate = _cron.GetNextOccurrence(candidate);
            var instant = ToInstant(candidate);
            if (instant > after)
            {
                return instant;
            }
        }

        throw new InvalidOperationException($"no occurrence of '{Expression}' found after {after:O}");
    }

    /// <summary>The next <paramref name="count"/> occurrences after <paramref name="after"/>.</summary>
    public IReadOnlyList<DateTimeOffset> Next(DateTimeOffset after, int count)
    {
        var list = new List<DateTimeOffset>(count);
        for (var i = 0; i < count; i++)
        {
            after = NextAfter(after);
            list.Add(after);
        }

        return list;
    }

    /// <summary>
    /// True when an occurrence fell between the last run and now, i.e. a run was missed (downtime). The caller then
    /// runs once — not once per missed occurrence: the manifest, not the time window, decides what is processed.
    /// </summary>
    public bool IsPastDue(DateTimeOffset? lastStarted, DateTimeOffset now) =>
        lastStarted is { } last && NextAfter(last) <= now;

    private DateTimeOffset ToInstant(DateTime local)
    {
        if (TimeZone.IsInvalidTime(local))
        {
            // In the gap: shift forward by the jump, i.e. read the wall-clock time with the offset from before it.
            var before = TimeZone.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(local, before).ToOffset(TimeZone.GetUtcOffset(new DateTimeOffset(local, before)));
        }

        if (TimeZone.IsAmbiguousTime(local))
        {
            // Happens twice: take the first, which carries the larger (daylight) offset.
            var offset = TimeZone.GetAmbiguousTimeOffsets(local).Max();
            var first = new DateTimeOffset(local, offset);
            return first;
        }

        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }
}
