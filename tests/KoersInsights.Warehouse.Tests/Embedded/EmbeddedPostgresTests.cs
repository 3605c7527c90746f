using System.Net;
using System.Net.Sockets;
using KoersInsights.Core;
using KoersInsights.TestSupport;
using KoersInsights.Warehouse.Embedded;
using Npgsql;

namespace KoersInsights.Warehouse.Tests.Embedded;

/// <summary>
/// The embedded cluster, run for real from the Debian binaries (./test installs them). One cluster for the class:
/// initdb takes seconds, and the tests are about starting, reusing and restarting it.
/// </summary>
public sealed class EmbeddedPostgresTests : IAsyncLifetime
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "koers-embedded-" + Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (Directory.Exists(_home))
        {
            await new EmbeddedPostgres(_home).StopAsync();
            Directory.Delete(_home, recursive: true);
        }
    }

    [PostgresFact]
    public async Task Starts_on_loopback_reuses_the_running_server_and_restarts_after_a_stale_pid_file()
    {
        var cluster = new EmbeddedPostgres(_home);

        var first = await cluster.EnsureRunningAsync();
        var pid = await BackendServerPidAsync(first);
        var second = await new EmbeddedPostgres(_home).EnsureRunningAsync();

        Assert.Equal(first, second);
        Assert.Equal(pid, await BackendServerPidAsync(second));
        Assert.Equal("127.0.0.1", await ScalarAsync(first, "SHOW listen_addresses"));

        // A crash leaves postmaster.pid behind, naming a process that no longer exists.
        await cluster.StopAsync();
        await File.WriteAllTextAsync(Path.Combine(cluster.DataDirectory, "postmaster.pid"), "2147483000\n");
        var third = await cluster.EnsureRunningAsync();

        Assert.Equal("1", await ScalarAsync(third, "SELECT 1::text"));
    }

    [PostgresFact]
    public async Task Moves_to_another_port_when_its_port_is_taken()
    {
        var cluster = new EmbeddedPostgres(_home);
        var builder = new NpgsqlConnectionStringBuilder(await cluster.EnsureRunningAsync());
        await cluster.StopAsync();
        using var squatter = new TcpListener(IPAddress.Loopback, builder.Port);
        squatter.Start();

        var moved = new NpgsqlConnectionStringBuilder(await cluster.EnsureRunningAsync());

        Assert.NotEqual(builder.Port, moved.Port);
        Assert.Equal("1", await ScalarAsync(moved.ConnectionString, "SELECT 1::text"));
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.10")]
    [InlineData("*")]
    public void Refuses_a_non_loopback_listen_address(string address)
    {
        var error = Assert.Throws<KoersException>(() => new EmbeddedPostgres(_home, address));

        Assert.Contains("loopback only", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }

    private static async Task<string?> BackendServerPidAsync(string connectionString) =>
        await ScalarAsync(connectionString, "SELECT pid::text FROM pg_stat_activity WHERE backend_type = 'checkpointer'");
}
