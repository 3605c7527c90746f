using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace KoersInsights.Warehouse.Load;

/// <summary>
/// Reads the next bronze batch on another thread while the current one is copied: decoding a 1M-row row group takes
/// about as long as the server needs for a tenth of it, and without this the server waits for every decode.
/// </summary>
internal static class ReadAhead
{
    public static async IAsyncEnumerable<T> OneAheadAsync<T>(IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var item in source.WithCancellation(stop.Token))
                    {
                        await channel.Writer.WriteAsync(item, stop.Token);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception ex)
                {
                    channel.Writer.Complete(ex);
                }
            },
            CancellationToken.None);
        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(ct))
            {
                yield return item;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
        }
    }
}
