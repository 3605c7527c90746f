using KoersInsights.TestSupport;

namespace KoersInsights.Cli.Tests;

public sealed class HelpAndErrorsTests
{
    [Fact]
    public async Task Help_lists_every_command()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "migrate", "sql" })
        {
            Assert.Contains(command, run.Out, StringComparison.Ordinal);
        }
    }

    [PostgresFact]
    public async Task Write_through_sql_is_refused_in_one_line_without_a_stack_trace()
    {
        await using var db = await TestDatabase.CreateAsync("cli");

        var run = await CliRun.RunAsync("sql", "create table t (a int)", "--warehouse", db.ConnectionString);

        Assert.Equal(KoersCli.UserError, run.ExitCode);
        Assert.Equal("koers: query failed: cannot execute CREATE TABLE in a read-only transaction (25006)", run.Error.Trim());
    }

    [PostgresFact]
    public async Task Sql_prints_csv_with_header_and_quoting()
    {
        await using var db = await TestDatabase.CreateAsync("cli");

        var run = await CliRun.RunAsync("sql", "select 1 as n, 'a,b' as s, null::text as empty", "--warehouse", db.ConnectionString);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("n,s,empty\n1,\"a,b\",\n", run.Out.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task Migrate_twice_applies_nothing_the_second_time()
    {
        await using var db = await TestDatabase.CreateAsync("cli");

        var first = await CliRun.RunAsync("migrate", "--warehouse", db.ConnectionString);
        var second = await CliRun.RunAsync("migrate", "--warehouse", db.ConnectionString);

        Assert.Contains("applied sql/migrations/0001-Schema-koers-Create.sql", first.Out, StringComparison.Ordinal);
        Assert.Equal("warehouse is up to date: nothing to apply", second.Out.Trim());
    }

    [Fact]
    public async Task Unreachable_warehouse_is_one_line()
    {
        var run = await CliRun.RunAsync("sql", "select 1", "--warehouse", "Host=127.0.0.1;Port=1;Username=x;Password=y;Timeout=2");

        Assert.Equal(KoersCli.UserError, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.StartsWith("koers: warehouse error: ", run.Error, StringComparison.Ordinal);
    }
}
