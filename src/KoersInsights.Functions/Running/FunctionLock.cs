using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace KoersInsights.Functions.Running;

/// <summary>
/// Singleton per function across processes and replicas: a PostgreSQL session-level advisory lock held on its own
/// connection for the whole run. PostgreSQL releases it when the holder dies, so a crash never leaves it stuck.
/// </summary>
public sealed class FunctionLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly long _key;

    private FunctionLock(NpgsqlConnection connection, long key)
    {
        _connection = connection;
        _key = key;
    }

    /// <summary>The lock, or null when another process holds it.</summary>
    public static async Task<FunctionLock?> TryAcquireAsync(string connectionString, string functionName, CancellationToken cancellationToken)
    {
        var key = KeyOf(functionName);
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection) { Parameters = { new() { Value = key } } };
        if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!)
        {
            return new FunctionLock(connection, key);
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>A stable 64-bit key per function name (SHA-256 prefix; hashtext() is not guaranteed stable across versions).</summary>
    public static long KeyOf(string functionName) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("koers.function." + functionName)));

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", _connection) { Parameters = { new() { Value = _key } } };
            await command.ExecuteScalarAsync();
        }
        catch (NpgsqlException)
        {
            // The connection is gone: the server has released the lock with it.
        }

        await _connection.DisposeAsync();
    }
}
