using Dapper;
using KoersInsights.TestSupport;
using Npgsql;

namespace KoersInsights.PowerBI.Tests.Warehouse;

/// <summary>
/// The model imports what the warehouse has: every partition's view exists in the migrated warehouse and every
/// column's sourceColumn is a column of that view with a type Power BI's PostgreSQL connector maps to the declared
/// dataType. The same warehouse holds the demo region, so the model's tables are shown to return rows.
/// </summary>
[Collection(DemoWarehouseCollection.Name)]
public sealed class WarehouseContractTests(DemoWarehouseFixture warehouse)
{
    // PostgreSQL type → TMDL dataType, as Power Query's PostgreSQL connector types them (Npgsql's .NET types).
    private static readonly Dictionary<string, string> Compatible = new(StringComparer.Ordinal)
    {
        ["smallint"] = "int64",
        ["integer"] = "int64",
        ["bigint"] = "int64",
        ["numeric"] = "decimal",
        ["double precision"] = "double",
        ["real"] = "double",
        ["text"] = "string",
        ["character varying"] = "string",
        ["character"] = "string",
        ["boolean"] = "boolean",
        ["date"] = "dateTime",
        ["timestamp without time zone"] = "dateTime",
        ["timestamp with time zone"] = "dateTime",
    };

    [PostgresFact]
    public async Task Every_table_source_view_and_source_column_exists_with_a_compatible_type()
    {
        await using var connection = new NpgsqlConnection(warehouse.ConnectionString);
        var columns = (await connection.QueryAsync<(string Schema, string View, string Column, string Type)>(
            "SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'rpt'"))
            .ToDictionary(c => (c.Schema, c.View, c.Column), c => c.Type);
        var views = columns.Keys.Select(k => (k.Schema, k.View)).ToHashSet();

        var problems = new List<string>();
        foreach (var table in PowerBIProject.Model.Tables)
        {
            var partition = table.Partitions.Single();
            if (!views.Contains((partition.Schema!, partition.Item!)))
            {
                problems.Add($"{table.Name}: view {partition.Schema}.{partition.Item} does not exist");
                continue;
            }

            foreach (var column in table.Columns)
            {
                if (!columns.TryGetValue((partition.Schema!, partition.Item!, column.SourceColumn!), out var type))
                {
                    problems.Add($"{table.Name}[{column.Name}]: {partition.Item}.{column.SourceColumn} does not exist");
                }
                else if (Compatible.GetValueOrDefault(type) != column.DataType)
                {
                    problems.Add($"{table.Name}[{column.Name}]: {type} is not {column.DataType}");
                }
            }
        }

        Assert.Empty(problems);
    }

    [PostgresFact]
    public async Task Every_imported_view_returns_rows_on_the_demo_region()
    {
        await using var connection = new NpgsqlConnection(warehouse.ConnectionString);
        var empty = new List<string>();
        foreach (var table in PowerBIProject.Model.Tables.Where(t => t.Name != "Beveiliging"))
        {
            if (await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {RoleFilterSql.View(table)}") == 0)
            {
                empty.Add(table.Name);
            }
        }

        Assert.Empty(empty);
    }

    [PostgresFact]
    public async Task Relationship_keys_match_a_dimension_row_or_are_blank()
    {
        var model = PowerBIProject.Model;
        await using var connection = new NpgsqlConnection(warehouse.ConnectionString);
        var orphans = new List<string>();
        foreach (var r in model.Relationships)
        {
            var fact = model.Table(r.FromTable);
            var dimension = model.Table(r.ToTable);
            var from = RoleFilterSql.Source(fact, r.FromColumn);
            var to = RoleFilterSql.Source(dimension, r.ToColumn);
            var count = await connection.ExecuteScalarAsync<long>(
                $"SELECT count(*) FROM {RoleFilterSql.View(fact)} f WHERE f.{from} IS NOT NULL " +
                $"AND NOT EXISTS (SELECT 1 FROM {RoleFilterSql.View(dimension)} d WHERE d.{to} = f.{from})");
            var duplicates = await connection.ExecuteScalarAsync<long>(
                $"SELECT count(*) FROM (SELECT {to} FROM {RoleFilterSql.View(dimension)} GROUP BY {to} HAVING count(*) > 1) x");
            if (count > 0 || duplicates > 0)
            {
                orphans.Add($"{r.Name}: {count} unmatched keys, {duplicates} duplicate dimension keys");
            }
        }

        Assert.Empty(orphans);
    }
}
