using KoersInsights.Parquet.Schema;

namespace KoersInsights.Parquet.Data;

/// <summary>DATE as days since 1970-01-01 and TIMESTAMP as units since 1970-01-01T00:00 (LogicalTypes.md).</summary>
internal static class TemporalConversion
{
    private static readonly int EpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;
    private static readonly int MaxDayNumber = DateOnly.MaxValue.DayNumber;

    public static int ToDays(DateOnly date) => date.DayNumber - EpochDayNumber;

    public static DateOnly FromDays(int days, string column)
    {
        var dayNumber = (long)days + EpochDayNumber;
        return dayNumber is >= 0 && dayNumber <= MaxDayNumber
            ? DateOnly.FromDayNumber((int)dayNumber)
            : throw new ParquetException($"Column '{column}': DATE {days} days from 1970 is outside .NET's DateOnly range.");
    }

    public static long ToMicros(DateTime value, bool isAdjustedToUtc)
    {
        if (isAdjustedToUtc && value.Kind == DateTimeKind.Local)
        {
            value = value.ToUniversalTime();
        }

        // Floor division, so instants before 1970 with sub-microsecond ticks round towards the past consistently.
        return Math.DivRem(value.Ticks - DateTime.UnixEpoch.Ticks, TimeSpan.TicksPerMicrosecond, out var rest) - (rest < 0 ? 1 : 0);
    }

    public static DateTime FromUnits(long value, ColumnType type, string column)
    {
        Int128 ticks = type.Unit switch
        {
            TimeUnit.Millis => (Int128)value * TimeSpan.TicksPerMillisecond,
            TimeUnit.Micros => (Int128)value * TimeSpan.TicksPerMicrosecond,
            _ => (Int128)(value / 100),
        };
        ticks += DateTime.UnixEpoch.Ticks;
        if (ticks < 0 || ticks > DateTime.MaxValue.Ticks)
        {
            throw new ParquetException($"Column '{column}': TIMESTAMP {value} is outside .NET's DateTime range.");
        }

        return new DateTime((long)ticks, type.IsAdjustedToUtc ? DateTimeKind.Utc : DateTimeKind.Unspecified);
    }
}
