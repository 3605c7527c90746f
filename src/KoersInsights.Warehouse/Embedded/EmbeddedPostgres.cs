using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using KoersInsights.Core;
using Npgsql;

namespace KoersInsights.Warehouse.Embedded;

/// <summary>
/// The embedded warehouse: a PostgreSQL cluster under <c>$KOERS_HOME/postgres</c>, created with initdb on first use
/// and started on demand on a free loopback port. It keeps running after the CLI exits so the next command (and
/// Power BI Desktop) can reuse it; <see cref="StopAsync"/> stops it.
/// </summary>
public sealed class EmbeddedPostgres
{
    /// <summary>initdb refuses to run as root; as root we run the server as Debian's 'postgres' system user.</summary>
    public const string SystemUser = "postgres";

    private const string UserName = "koers";
    private const string DatabaseName = "koers";
    private readonly string _root;
    private readonly string _listenAddress;
    private readonly Action<string> _log;

    public EmbeddedPostgres(string home, string listenAddress = "127.0.0.1", Action<string>? log = null)
    {
        if (!IsLoopback(listenAddress))
        {
            throw new KoersException(
                $"refusing to let the embedded warehouse listen on '{listenAddress}': it listens on loopback only " +
                "(127.0.0.1 or ::1). For a shared server, set KOERS_WAREHOUSE to its connection string instead.");
        }

        _root = Path.Combine(Path.GetFullPath(home), "postgres");
        _listenAddress = listenAddress;
        _log = log ?? (_ => { });
    }

    public string DataDirectory => Path.Combine(_root, "data");

    private string StateFile => Path.Combine(_root, "connection.json");

    private string SocketDirectory => Path.Combine(_root, "run");

    private string ServerLog => Path.Combine(_root, "server.log");

    /// <summary>Initialises (first use) and starts the cluster when needed; returns its connection string.</summary>
    public async Task<string> EnsureRunningAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_root);
        await using var exclusive = await ExclusiveLock.AcquireAsync(Path.Combine(_root, ".lock"), cancellationToken);
        var binaries = PostgresBinaries.Find();
        var state = EmbeddedPostgresState.Read(StateFile);
        if (state is null || !File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            state = await InitialiseAsync(binaries, cancellationToken);
        }

        if (await CanConnectAsync(state, cancellationToken))
        {
            return ConnectionString(state, state.Database);
        }

        RemoveStalePidFile();
        if (!PortIsFree(state.Port))
        {
            var port = FreePort();
            _log($"port {state.Port} is taken by another program; the embedded warehouse moves to {port}");
            state = state with { Port = port };
            state.Write(StateFile);
        }

        await StartAsync(binaries, state, cancellationToken);
        await EnsureDatabaseAsync(state, cancellationToken);
        return ConnectionString(state, state.Database);
    }

    /// <summary>Stops the cluster if it runs (fast shutdown: open transactions roll back).</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            return;
        }

        var binaries = PostgresBinaries.Find();
        await ProcessRunner.RunAsync(binaries.PgCtl, ["-D", DataDirectory, "-m", "fast", "-w", "stop"], cancellationToken);
        NpgsqlConnection.ClearAllPools(); // pooled connections to the stopped server are dead
    }

    private static bool IsLoopback(string address) =>
        address == "localhost" || (IPAddress.TryParse(address, out var ip) && IPAddress.IsLoopback(ip));

    private static string ConnectionString(EmbeddedPostgresState state, string database, bool pooling = true) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = state.Port,
            Username = state.User,
            Password = state.Password,
            Database = database,
            Pooling = pooling,
        }.ConnectionString;

    private async Task<EmbeddedPostgresState> InitialiseAsync(PostgresBinaries binaries, CancellationToken cancellationToken)
    {
        _log($"creating the embedded warehouse in {DataDirectory} (first use)");
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true); // a half-made cluster from an interrupted first run
        }

        Directory.CreateDirectory(SocketDirectory);
        var state = new EmbeddedPostgresState(FreePort(), UserName, RandomPassword(), DatabaseName);
        var passwordFile = Path.Combine(_root, "initdb.pw");
        await File.WriteAllTextAsync(passwordFile, state.Password, cancellationToken);
        try
        {
            await GiveToServerUserAsync(cancellationToken);
            var (exitCode, output) = await ProcessRunner.RunAsync(
                binaries.InitDb,
                ["-D", DataDirectory, "-U", UserName, "--pwfile", passwordFile, "-A", "scram-sha-256", "-E", "UTF8",
                 "--locale=C.UTF-8", "--no-instructions"],
                cancellationToken);
            if (exitCode != 0)
            {
                throw new KoersException($"initdb failed for {DataDirectory}: {LastLine(output)}");
            }
        }
        finally
        {
            File.Delete(passwordFile);
        }

        state.Write(StateFile);
        return state;
    }

    private async Task GiveToServerUserAsync(CancellationToken cancellationToken)
    {
        if (!ProcessRunner.RunningAsRoot)
        {
            return;
        }

        var chown = System.Diagnostics.Process.Start("chown", ["-R", $"{SystemUser}:{SystemUser}", _root])
            ?? throw new InvalidOperationException("chown did not start");
        await chown.WaitForExitAsync(cancellationToken);
        if (chown.ExitCode != 0)
        {
            throw new KoersException(
                $"running as root, the embedded warehouse runs as the '{SystemUser}' user, but {_root} could not be " +
                $"given to it. Is PostgreSQL installed (it creates that user)?");
        }
    }

    private async Task StartAsync(PostgresBinaries binaries, EmbeddedPostgresState state, CancellationToken cancellationToken)
    {
        _log($"starting the embedded warehouse on {_listenAddress}:{state.Port}");
        Directory.CreateDirectory(SocketDirectory);
        await GiveToServerUserAsync(cancellationToken);
        var options = $"-p {state.Port} -k '{SocketDirectory}' -c listen_addresses={_listenAddress}";
        var (exitCode, output) = await ProcessRunner.RunAsync(
            binaries.PgCtl,
            ["-D", DataDirectory, "-l", ServerLog, "-w", "-t", "60", "-o", options, "start"],
            cancellationToken);
        if (exitCode != 0)
        {
            var log = File.Exists(ServerLog) ? File.ReadLines(ServerLog).TakeLast(3) : [];
            throw new KoersException(
                $"the embedded warehouse did not start ({LastLine(output)}); server log {ServerLog}: {string.Join(" | ", log)}");
        }
    }

    private static async Task EnsureDatabaseAsync(EmbeddedPostgresState state, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(state, "postgres", pooling: false));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
        {
            Parameters = { new() { Value = state.Database } },
        };
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{state.Database}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<bool> CanConnectAsync(EmbeddedPostgresState state, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString(state, "postgres", pooling: false)) { Timeout = 3 };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await EnsureDatabaseAsync(state, cancellationToken);
            return true;
        }
        catch (NpgsqlException)
        {
            return false; // not running, or another server (wrong password) on that port
        }
    }

    /// <summary>
    /// A postmaster.pid left by a crash or a reboot names a process that is gone (or is now another program);
    /// PostgreSQL would refuse to start while it is there.
    /// </summary>
    private void RemoveStalePidFile()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return;
        }

        var firstLine = File.ReadLines(pidFile).FirstOrDefault();
        var alive = int.TryParse(firstLine, out var pid)
            && File.Exists($"/proc/{pid}/comm")
            && File.ReadAllText($"/proc/{pid}/comm").Contains("postgres", StringComparison.Ordinal);
        if (!alive)
        {
            _log($"removing a stale postmaster.pid (process {firstLine} is not running)");
            File.Delete(pidFile);
        }
    }

    private static bool PortIsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RandomPassword() => Convert.ToHexString(RandomNumberGenerator.GetBytes(18)).ToLowerInvariant();

    private static string LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim() ?? "no output";
}
