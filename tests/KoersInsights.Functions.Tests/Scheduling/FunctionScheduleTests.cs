using KoersInsights.Core;
using KoersInsights.FunctionsHost.Scheduling;

namespace KoersInsights.Functions.Tests.Scheduling;

public sealed class FunctionScheduleTests
{
    private static readonly TimeSpan Cet = TimeSpan.FromHours(1);
    private static readonly TimeSpan Cest = TimeSpan.FromHours(2);

    [Fact]
    public void Nightly_schedule_runs_at_local_time_in_winter_and_summer()
    {
        var schedule = FunctionSchedule.Parse("0 0 2 * * *");

        Assert.Equal(new DateTimeOffset(2026, 1, 15, 2, 0, 0, Cet), schedule.NextAfter(new DateTimeOffset(2026, 1, 15, 0, 0, 0, Cet)));
        Assert.Equal(new DateTimeOffset(2026, 7, 15, 2, 0, 0, Cest), schedule.NextAfter(new DateTimeOffset(2026, 7, 15, 0, 0, 0, Cest)));
    }

    [Fact]
    public void Time_in_the_spring_forward_gap_runs_once_shifted_by_the_jump()
    {
        // 29 March 2026: clocks go from 02:00 CET to 03:00 CEST; 02:30 does not exist that night.
        var schedule = FunctionSchedule.Parse("0 30 2 * * *");

        var occurrences = schedule.Next(new DateTimeOffset(2026, 3, 27, 12, 0, 0, Cet), 4);

        Assert.Equal(
            [
                new DateTimeOffset(2026, 3, 28, 2, 30, 0, Cet),
                new DateTimeOffset(2026, 3, 29, 3, 30, 0, Cest),
                new DateTimeOffset(2026, 3, 30, 2, 30, 0, Cest),
                new DateTimeOffset(2026, 3, 31, 2, 30, 0, Cest),
            ],
            occurrences);
    }

    [Fact]
    public void Time_in_the_autumn_fall_back_hour_runs_once()
    {
        // 25 October 2026: clocks go from 03:00 CEST back to 02:00 CET; 02:30 happens twice that night.
        var schedule = FunctionSchedule.Parse("0 30 2 * * *");

        var occurrences = schedule.Next(new DateTimeOffset(2026, 10, 24, 12, 0, 0, Cest), 3);

        Assert.Equal(
            [
                new DateTimeOffset(2026, 10, 25, 2, 30, 0, Cest),
                new DateTimeOffset(2026, 10, 26, 2, 30, 0, Cet),
                new DateTimeOffset(2026, 10, 27, 2, 30, 0, Cet),
            ],
            occurrences);
    }

    [Fact]
    public void Hourly_schedule_keeps_firing_every_real_hour_across_spring_forward()
    {
        var schedule = FunctionSchedule.Parse("0 0 * * * *");

        var occurrences = schedule.Next(new DateTimeOffset(2026, 3, 29, 0, 30, 0, Cet), 3);

        Assert.Equal(
            [
                new DateTimeOffset(2026, 3, 29, 1, 0, 0, Cet),
                new DateTimeOffset(2026, 3, 29, 3, 0, 0, Cest), // 02:00 does not exist: the jump itself
                new DateTimeOffset(2026, 3, 29, 4, 0, 0, Cest),
            ],
            occurrences);
    }

    [Fact]
    public void Missed_occurrence_since_the_last_run_is_past_due()
    {
        var schedule = FunctionSchedule.Parse("0 0 2 * * *");
        var lastRun = new DateTimeOffset(2026, 5, 1, 2, 0, 5, Cest);

        Assert.False(schedule.IsPastDue(lastRun, new DateTimeOffset(2026, 5, 2, 1, 59, 0, Cest)));
        Assert.True(schedule.IsPastDue(lastRun, new DateTimeOffset(2026, 5, 4, 9, 0, 0, Cest)));
        Assert.False(schedule.IsPastDue(null, new DateTimeOffset(2026, 5, 4, 9, 0, 0, Cest)));
    }

    [Theory]
    [InlineData("0 2 * * *")]
    [InlineData("every night")]
    public void Invalid_expression_is_a_clear_error(string expression)
    {
        var error = Assert.Throws<KoersException>(() => FunctionSchedule.Parse(expression));

        Assert.Contains("six fields, seconds first", error.Message, StringComparison.Ordinal);
    }
}
