using KoersInsights.Extracts.Scope;

namespace KoersInsights.Extracts.Disclosure;

/// <summary>
/// Every number of one gemeente's release as a <see cref="Cell"/>, and the linear identities between them. Built from
/// the warehouse's true values; suppression changes only the cells' status.
/// </summary>
public sealed class DisclosureGrid
{
    private readonly Dictionary<CellKey, Cell> _cells = [];
    private readonly List<Relation> _relations = [];
    private readonly Dictionary<CellKey, List<Relation>> _byCell = [];

    public DisclosureGrid(ThresholdPolicy policy)
    {
        Policy = policy;
    }

    public ThresholdPolicy Policy { get; }

    public IReadOnlyCollection<Cell> Cells => _cells.Values;

    public IReadOnlyList<Relation> Relations => _relations;

    /// <summary>The cells of the rows, with statuses Published, Empty or DuoMasked (no suppression yet).</summary>
    public static DisclosureGrid FromRows(IEnumerable<IndicatorRow> rows, ThresholdPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(policy);
        var grid = new DisclosureGrid(policy);
        foreach (var row in rows)
        {
            var threshold = policy.ThresholdFor(row.IndicatorCode, row.Uitsplitsing);
            grid.Add(new Cell(KeyOf(row, Measure.Teller), row.Teller, policy.TellerIsCount(row.IndicatorCode), threshold, InitialStatus(row, row.Teller)));
            grid.Add(new Cell(KeyOf(row, Measure.Noemer), row.Noemer, isCount: true, threshold, InitialStatus(row, row.Noemer)));
        }

        return grid;
    }

    public static CellKey KeyOf(IndicatorRow row, Measure measure)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.IndicatorCode, row.Niveau, row.NiveauCode, row.Schooljaar, row.Uitsplitsing, measure);
    }

    public Cell? Find(CellKey key) => _cells.GetValueOrDefault(key);

    public Cell Get(CellKey key) => _cells.TryGetValue(key, out var cell) ? cell : throw new KeyNotFoundException(key.ToString());

    public void Add(Cell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (!_cells.TryAdd(cell.Key, cell))
        {
            throw new InvalidOperationException($"{cell.Key} occurs twice in rpt.indicator_waarde");
        }
    }

    public void AddRelation(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        _relations.Add(relation);
        foreach (var (cell, _) in relation.Terms())
        {
            if (!_byCell.TryGetValue(cell.Key, out var list))
            {
                _byCell[cell.Key] = list = [];
            }

            list.Add(relation);
        }
    }

    public IReadOnlyList<Relation> RelationsOf(Cell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return _byCell.TryGetValue(cell.Key, out var list) ? list : [];
    }

    // A value the warehouse does not have is either DUO's mask or simply absent (no leerlingen per woongemeente).
    private static CellStatus InitialStatus(IndicatorRow row, decimal? value) =>
        value is not null ? CellStatus.Published : row.Gemaskeerd ? CellStatus.DuoMasked : CellStatus.Empty;
}
