namespace KoersInsights.PowerBI.Tests.Tmdl;

/// <summary>The parts of a TMDL semantic model the checks need, read from the files by <see cref="TmdlModelReader"/>.</summary>
public sealed record TmdlModel(
    IReadOnlyList<TmdlNode> Nodes,
    IReadOnlyList<TmdlTable> Tables,
    IReadOnlyList<TmdlRelationship> Relationships,
    IReadOnlyList<TmdlRole> Roles,
    IReadOnlyDictionary<string, string> Expressions,
    IReadOnlyList<string> Errors)
{
    public TmdlTable Table(string name) =>
        Tables.SingleOrDefault(t => t.Name == name) ?? throw new InvalidOperationException($"no table {name} in the model");
}

public sealed record TmdlTable(
    string Name,
    string? Description,
    bool IsHidden,
    string? DataCategory,
    IReadOnlyList<TmdlColumn> Columns,
    IReadOnlyList<TmdlMeasure> Measures,
    IReadOnlyList<TmdlPartition> Partitions,
    TmdlNode Node)
{
    public TmdlColumn? Column(string name) => Columns.SingleOrDefault(c => c.Name == name);

    public TmdlMeasure? Measure(string name) => Measures.SingleOrDefault(m => m.Name == name);
}

public sealed record TmdlColumn(
    string Table,
    string Name,
    string? DataType,
    string? SourceColumn,
    string? Description,
    bool IsHidden,
    bool IsKey,
    string? SummarizeBy,
    string? FormatString,
    string? SortByColumn,
    TmdlNode Node);

public sealed record TmdlMeasure(
    string Table,
    string Name,
    string Expression,
    string? Description,
    bool IsHidden,
    string? FormatString,
    string? DisplayFolder,
    TmdlNode Node);

/// <summary>A partition; for M partitions over PostgreSQL, the schema and view its query reads.</summary>
public sealed record TmdlPartition(string Name, string? Type, string? Mode, string? Source, string? Schema, string? Item);

public sealed record TmdlRelationship(
    string Name,
    string FromTable,
    string FromColumn,
    string ToTable,
    string ToColumn,
    string CrossFilteringBehavior,
    bool IsActive,
    TmdlNode Node);

public sealed record TmdlRole(string Name, string? Description, string? ModelPermission, IReadOnlyDictionary<string, string> TablePermissions);
