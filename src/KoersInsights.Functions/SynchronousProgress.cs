namespace KoersInsights.Functions;

/// <summary>
/// Reports on the caller's thread. <see cref="Progress{T}"/> posts to the thread pool, where an exception in a
/// handler would end the process and reports can arrive after the run has finished.
/// </summary>
public sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
