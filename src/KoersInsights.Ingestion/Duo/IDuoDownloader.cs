namespace KoersInsights.Ingestion.Duo;

/// <summary>Fetches the configured DUO files into <c>landing/duo/</c> before ingestion (production).</summary>
public interface IDuoDownloader
{
    /// <returns>Landing paths written.</returns>
    Task<IReadOnlyList<string>> DownloadAsync(CancellationToken cancellationToken = default);
}
