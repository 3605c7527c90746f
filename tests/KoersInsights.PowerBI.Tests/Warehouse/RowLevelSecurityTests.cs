using Dapper;
using KoersInsights.PowerBI.Tests.Tmdl;
using KoersInsights.TestSupport;
using Npgsql;

namespace KoersInsights.PowerBI.Tests.Warehouse;

/// <summary>
/// Each role's filter, translated to SQL (<see cref="RoleFilterSql"/>), applied to the rpt views of the demo region
/// with test principals in dw.security_scope: a user sees rows of their own scope and none of anyone else's. The
/// scope of a row is judged independently of the keys the filter uses: its niveau and niveau_code, or for a vestiging
/// row the vestiging's gemeente, subregio and code in rpt.dim_vestiging.
/// </summary>
[Collection(DemoWarehouseCollection.Name)]
public sealed class RowLevelSecurityTests(DemoWarehouseFixture warehouse)
{
    private static TmdlModel Model => PowerBIProject.Model;

    private static IEnumerable<TmdlTable> Facts => Model.Relationships.Select(r => r.FromTable).Distinct().Select(Model.Table);

    [Fact]
    public void Every_restricted_role_filters_a_dimension_that_every_fact_table_relates_to()
    {
        Assert.Equal(["Bestuur", "Gemeente", "Subregio", "Vestiging"], Model.Roles.Select(r => r.Name).Order());
        Assert.Empty(Model.Roles.Single(r => r.Name == "Bestuur").TablePermissions);
        foreach (var role in Model.Roles.Where(r => r.Name != "Bestuur"))
        {
            Assert.Equal("read", role.ModelPermission);
            Assert.Contains("USERPRINCIPALNAME()", role.TablePermissions["Beveiliging"], StringComparison.Ordinal);
            Assert.All(Facts, f => Assert.True(
                Model.Relationships.Any(r => r.FromTable == f.Name && role.TablePermissions.ContainsKey(r.ToTable)),
                $"role {role.Name} does not filter {f.Name}"));
        }
    }

    [PostgresFact]
    public async Task A_gemeente_user_sees_rows_of_their_gemeente_and_none_of_another()
    {
        await using var connection = await OpenWithPrincipalsAsync();
        var gemeenten = (await connection.QueryAsync<string>(
            "SELECT gemeentecode FROM rpt.dim_vestiging WHERE in_swv GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2")).ToList();
        Assert.Equal(2, gemeenten.Count);
        await AddPrincipalAsync(connection, "gemeente.a@test.nl", "gemeente", gemeenten[0]);
        await AddPrincipalAsync(connection, "gemeente.b@test.nl", "gemeente", gemeenten[1]);

        var role = Model.Roles.Single(r => r.Name == "Gemeente");
        var own = await CountAsync(connection, role, "gemeente.a@test.nl", Scope("gemeentecode", "gemeente", gemeenten[0]));
        var other = await CountAsync(connection, role, "gemeente.a@test.nl", Scope("gemeentecode", "gemeente", gemeenten[1]));
        var outside = await CountAsync(connection, role, "gemeente.a@test.nl", $"NOT ({Scope("gemeentecode", "gemeente", gemeenten[0])})");

        Assert.True(own["Indicatorwaarde"] > 0 && own["Trajectvoorziening"] > 0 && own["Verzuim"] > 0, Describe(own));
        Assert.All(other, c => Assert.True(c.Value == 0, $"{c.Key}: {c.Value} rows of gemeente {gemeenten[1]}"));
        Assert.All(outside, c => Assert.True(c.Value == 0, $"{c.Key}: {c.Value} rows outside gemeente {gemeenten[0]}"));
        Assert.True((await CountAsync(connection, role, "gemeente.b@test.nl", "true"))["Indicatorwaarde"] > 0);
    }

    [PostgresFact]
    public async Task A_subregio_user_sees_only_their_subregio()
    {
        await using var connection = await OpenWithPrincipalsAsync();
        var subregio = await connection.ExecuteScalarAsync<string>(
            "SELECT subregio FROM rpt.dim_vestiging WHERE in_swv AND subregio IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1");
        await AddPrincipalAsync(connection, "subregio@test.nl", "subregio", subregio!);

        var role = Model.Roles.Single(r => r.Name == "Subregio");
        var own = await CountAsync(connection, role, "subregio@test.nl", Scope("subregio", "subregio", subregio!));
        var outside = await CountAsync(connection, role, "subregio@test.nl", $"NOT ({Scope("subregio", "subregio", subregio!)})");

        Assert.True(own["Indicatorwaarde"] > 0 && own["Trajectvoorziening"] > 0, Describe(own));
        Assert.All(outside, c => Assert.True(c.Value == 0, $"{c.Key}: {c.Value} rows outside subregio {subregio}"));
    }

    [PostgresFact]
    public async Task Vestiging_and_bestuur_users_see_only_their_vestigingen()
    {
        await using var connection = await OpenWithPrincipalsAsync();
        var (code, bestuur) = await connection.QuerySingleAsync<(string, string)>(
            "SELECT vestigingscode, bestuur_nummer FROM rpt.dim_vestiging WHERE in_swv AND bestuur_nummer IS NOT NULL ORDER BY vestigingscode LIMIT 1");
        await AddPrincipalAsync(connection, "school@test.nl", "vestiging", code);
        await AddPrincipalAsync(connection, "bestuur@test.nl", "bestuur", bestuur);
        var role = Model.Roles.Single(r => r.Name == "Vestiging");

        var school = $"r_vestigingscode = '{code}'";
        var ownSchool = await CountAsync(connection, role, "school@test.nl", school);
        var outsideSchool = await CountAsync(connection, role, "school@test.nl", $"NOT ({school})");
        var bestuurScope = $"r_vestigingscode IN (SELECT vestigingscode FROM rpt.dim_vestiging WHERE bestuur_nummer = '{bestuur}')";
        var outsideBestuur = await CountAsync(connection, role, "bestuur@test.nl", $"NOT ({bestuurScope})");

        Assert.True(ownSchool["Indicatorwaarde"] > 0, Describe(ownSchool));
        Assert.All(outsideSchool, c => Assert.True(c.Value == 0, $"{c.Key}: {c.Value} rows of other vestigingen"));
        Assert.All(outsideBestuur, c => Assert.True(c.Value == 0, $"{c.Key}: {c.Value} rows outside bestuur {bestuur}"));
    }

    [PostgresFact]
    public async Task A_user_without_scope_sees_nothing_in_a_restricted_role_and_bestuur_sees_everything()
    {
        await using var connection = await OpenWithPrincipalsAsync();
        foreach (var role in Model.Roles.Where(r => r.Name != "Bestuur"))
        {
            var seen = await CountAsync(connection, role, "onbekend@test.nl", "true");
            Assert.All(seen, c => Assert.True(c.Value == 0, $"{role.Name}/{c.Key}: {c.Value} rows for a user without scope"));
        }

        var bestuur = Model.Roles.Single(r => r.Name == "Bestuur");
        foreach (var fact in Facts)
        {
            var all = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {RoleFilterSql.View(fact)}");
            var seen = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM ({RoleFilterSql.VisibleRows(Model, bestuur, fact)}) v");
            Assert.Equal(all, seen);
        }
    }

    // The scope of a row: a vestiging row by its vestiging (rpt.dim_vestiging), an aggregate row by niveau/niveau_code.
    private static string Scope(string vestigingColumn, string niveau, string code) =>
        $"coalesce(r_{vestigingColumn} = '{code}', r_niveau IN ('{niveau}'{(niveau == "gemeente" ? ", 'woongemeente'" : "")}) AND r_niveau_code = '{code}', false)";

    private static string Describe(Dictionary<string, long> counts) => string.Join(", ", counts.Select(c => $"{c.Key}={c.Value}"));

    private async Task<NpgsqlConnection> OpenWithPrincipalsAsync()
    {
        var connection = new NpgsqlConnection(warehouse.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static Task AddPrincipalAsync(NpgsqlConnection connection, string user, string niveau, string code) =>
        connection.ExecuteAsync(
            "INSERT INTO dw.security_scope (user_principal, scope_niveau, scope_code) VALUES (@user, @niveau, @code) ON CONFLICT DO NOTHING",
            new { user, niveau, code });

    /// <summary>Per fact table: the rows the user sees under the role that satisfy <paramref name="condition"/>.</summary>
    private static async Task<Dictionary<string, long>> CountAsync(NpgsqlConnection connection, TmdlRole role, string user, string condition)
    {
        var counts = new Dictionary<string, long>();
        foreach (var fact in Facts)
        {
            var hasNiveau = fact.Columns.Any(c => c.SourceColumn == "niveau");
            var sql = $"""
                SELECT count(*) FROM ({RoleFilterSql.VisibleRows(Model, role, fact)}) v
                CROSS JOIN LATERAL (
                    SELECT d.vestigingscode AS r_vestigingscode, d.gemeentecode AS r_gemeentecode, d.subregio AS r_subregio,
                           {(hasNiveau ? "v.niveau" : "NULL::text")} AS r_niveau, {(hasNiveau ? "v.niveau_code" : "NULL::text")} AS r_niveau_code
                    FROM (SELECT 1) one LEFT JOIN rpt.dim_vestiging d ON d.vestiging_key = v.vestiging_key) r
                WHERE {condition}
                """;
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue(user);
            counts[fact.Name] = (long)(await command.ExecuteScalarAsync())!;
        }

        return counts;
    }
}
