using System.Security.Cryptography;
using System.Text;
using KoersInsights.Extracts.Disclosure;
using KoersInsights.Extracts.Scope;
using KoersInsights.Extracts.Writers;

namespace KoersInsights.Extracts.Publishing;

/// <summary>
/// Builds one gemeente's release: scope → rows from <c>rpt</c> → disclosure control (primary, then secondary until the
/// exposure analysis finds nothing) → tables → files. Disclosure control is finished before any file is produced.
/// The release id is a hash of the data files, so the same data always gives the same id and the same bytes.
/// </summary>
public static class ReleaseBuilder
{
    public const string ManifestName = "manifest.json";

    public static async Task<BuiltRelease> BuildAsync(
        WarehouseReader warehouse, GemeenteScope scope, LoadInfo load, IReadOnlyList<IndicatorDefinition> definitions,
        ThresholdPolicy policy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(definitions);
        var rows = await warehouse.RowsAsync(scope, ct);
        return await BuildAsync(scope, rows, load, definitions, policy, ct);
    }

    public static async Task<BuiltRelease> BuildAsync(
        GemeenteScope scope, IReadOnlyList<IndicatorRow> rows, LoadInfo load, IReadOnlyList<IndicatorDefinition> definitions,
        ThresholdPolicy policy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(definitions);
        var grid = Protect(scope, rows, policy);
        var byCode = definitions.ToDictionary(d => d.IndicatorCode, StringComparer.Ordinal);
        var tables = ReleaseTables.Build(rows, grid, scope, byCode);

        var files = new List<ReleaseFile>();
        foreach (var table in tables)
        {
            files.Add(new ReleaseFile($"{table.Name}.csv", CsvTableWriter.Write(table), table.Rows.Count, "text/csv; charset=utf-8"));
        }

        var sheets = tables.Append(DefinitionsSheet.Build(definitions, rows, policy)).ToList();
        files.Add(new ReleaseFile(ExtractPublisher.WorkbookName, XlsxWriter.Write(sheets), tables.Sum(t => t.Rows.Count), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        files.Add(new ReleaseFile("samenvatting.md", SummaryWriter.Write(scope, rows, grid, byCode), 0, "text/markdown; charset=utf-8"));
        foreach (var table in tables)
        {
            files.Add(new ReleaseFile($"{table.Name}.parquet", await ParquetTableWriter.WriteAsync(table, ct), table.Rows.Count, "application/vnd.apache.parquet"));
        }

        var releaseId = ContentId(files.Select(f => $"{f.Name} {f.Sha256}"));
        var info = new ManifestInfo(
            scope.Gemeentecode, scope.Naam, releaseId, load.FinishedAt, load.LoadRunId, DefinitionsVersion(definitions),
            scope.Schooljaren.Order(StringComparer.Ordinal).ToList(), policy,
            Count(grid, CellStatus.Primary), Count(grid, CellStatus.Secondary), Count(grid, CellStatus.DuoMasked));
        files.Add(new ReleaseFile(ManifestName, ManifestWriter.Write(info, files), 0, "application/json"));
        return new BuiltRelease(scope, releaseId, rows, grid, tables, files);
    }

    /// <summary>Disclosure control on the scoped rows: the grid with every cell's final status.</summary>
    public static DisclosureGrid Protect(GemeenteScope scope, IReadOnlyList<IndicatorRow> rows, ThresholdPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(policy);
        var grid = DisclosureGrid.FromRows(rows, policy);
        RelationBuilder.AddRelations(grid, scope);
        PrimarySuppression.Apply(grid);
        SecondarySuppression.Apply(grid);
        return grid;
    }

    private static int Count(DisclosureGrid grid, CellStatus status) => grid.Cells.Count(c => !c.Key.IsVirtual && c.Status == status);

    private static string ContentId(IEnumerable<string> lines) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))))[..16];

    private static string DefinitionsVersion(IReadOnlyList<IndicatorDefinition> definitions) =>
        definitions.Count == 0
            ? "onbekend"
            : ContentId(definitions.OrderBy(d => d.IndicatorCode, StringComparer.Ordinal).Select(d => $"{d.IndicatorCode}\t{d.Naam}\t{d.Eenheid}"))[..12];
}
