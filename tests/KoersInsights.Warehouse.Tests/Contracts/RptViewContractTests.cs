using KoersInsights.TestSupport;
using KoersInsights.Warehouse.Tests.Load;
using KoersInsights.Warehouse.Tests.Support;

namespace KoersInsights.Warehouse.Tests.Contracts;

/// <summary>
/// Contract of every rpt view (Ed-Fi's view contract tests): column names, order and types as information_schema
/// reports them. Power BI, extracts and checks read these; a change here is a change of contract. The first nine
/// columns of rpt.indicator_waarde are fixed by product.md.
/// </summary>
public sealed class RptViewContractTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Contracts = new(StringComparer.Ordinal)
    {
        ["dim_gemeente"] = "gemeente_key:integer gemeentecode:text gemeentenaam:text in_swv_gebied:boolean",
        ["dim_indicator"] = "indicator_key:smallint indicator_code:text indicator_naam:text definitie:text richting:text eenheid:text soort:text speerpunt_key:smallint speerpunt_naam:text sorteer:smallint",
        ["dim_schooljaar"] = "schooljaar_key:integer schooljaar:text sorteer:integer begin_datum:date eind_datum:date peildatum:date",
        ["dim_subregio"] = "subregio_key:integer subregio:text",
        ["dim_vestiging"] = "vestiging_key:integer vestigingscode:text vestigingsnaam:text instellingscode:text bestuur_nummer:text plaatsnaam:text gemeentecode:text gemeentenaam:text subregio:text onderwijsstructuur:text denominatie:text in_swv:boolean is_inferred:boolean",
        ["doel_status"] = "indicator_code:text indicator_naam:text niveau:text niveau_code:text speerpunt_key:smallint nulmeting_schooljaar:text nulmeting:numeric nulmeting_berekend:numeric nulmeting_geleverd:numeric nulmeting_verschil:numeric doel_schooljaar:text doel_waarde:numeric laatste_schooljaar:text laatste_waarde:numeric status:text verschil:numeric verschil_ondergrens:numeric verschil_bovengrens:numeric buiten_ruis:boolean richting:text toelichting:text",
        ["indicator_trend"] = "indicator_code:text indicator_naam:text niveau:text niveau_code:text uitsplitsing:text schooljaar:text schooljaar_sort:integer teller:numeric noemer:numeric waarde:numeric gemaskeerd:boolean ondergrens:numeric bovengrens:numeric vorige_waarde:numeric verschil_vorig_jaar:numeric richting:text",
        ["indicator_waarde"] = "indicator_code:text niveau:text niveau_code:text schooljaar:text uitsplitsing:text teller:numeric noemer:numeric waarde:numeric gemaskeerd:boolean ondergrens:numeric bovengrens:numeric indicator_naam:text eenheid:text schooljaar_key:integer indicator_key:smallint",
        ["laatste_load"] = "load_run_id:bigint started_at:timestamp with time zone finished_at:timestamp with time zone status:text gates_passed:boolean deliveries_loaded:integer deliveries_removed:integer rows_loaded:bigint schooljaren_recomputed:ARRAY failed_gates:ARRAY message:text",
        ["middelen"] = "vestiging_key:integer vestigingscode:text bestuur_nummer:text schooljaar:text categorie:text begroot:numeric gerealiseerd:numeric besteed_of_begroot:numeric per_leerling:numeric",
        ["security_scope"] = "user_principal:text scope_niveau:text scope_code:text vestiging_key:integer vestigingscode:text subregio:text gemeentecode:text",
        ["tevredenheid"] = "vestiging_key:integer vestigingscode:text schooljaar:text doelgroep:text thema:text antwoorden:bigint tevreden:bigint pct_tevreden:numeric gemiddelde_1_10:numeric",
        ["tlv_doorlooptijd"] = "niveau:text niveau_code:text schooljaar:text categorie:text besluiten:bigint afgegeven:bigint kwartiel_1:double precision mediaan:double precision kwartiel_3:double precision",
        ["tv_overzicht"] = "vestiging_key:integer vestigingscode:text schooljaar:text reden:text uitkomst:text registraties:bigint leerlingen:bigint met_opp:bigint mediaan_duur_dagen:double precision",
        ["verzuim_overzicht"] = "vestiging_key:integer vestigingscode:text schooljaar:text soort:text woongemeente:text meldingen:bigint leerlingen:bigint open_op_peildatum:bigint gemeld_leerplicht:bigint",
    };

    private TestDatabase? _db;

    public static TheoryData<string> Views => [.. Contracts.Keys];

    public async Task InitializeAsync()
    {
        if (TestEnvironment.PostgresConnectionString is not null)
        {
            _db = await WarehouseDb.CreateMigratedAsync("wh_contract");
        }
    }

    public async Task DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }
    }

    [PostgresTheory]
    [MemberData(nameof(Views))]
    public async Task View_has_its_contracted_columns_and_types(string view)
    {
        var actual = await WarehouseDb.ScalarAsync<string>(_db!.ConnectionString,
            "SELECT coalesce(string_agg(column_name || ':' || data_type, ' ' ORDER BY ordinal_position), '') FROM information_schema.columns " +
            $"WHERE table_schema = 'rpt' AND table_name = '{view}'");
        Assert.Equal(Contracts[view], actual);
    }

    [PostgresFact]
    public async Task Indicator_waarde_starts_with_the_fixed_product_contract()
    {
        var columns = await WarehouseDb.QueryAsync(_db!.ConnectionString,
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'rpt' AND table_name = 'indicator_waarde' ORDER BY ordinal_position LIMIT 9");
        Assert.Equal(
            ["indicator_code", "niveau", "niveau_code", "schooljaar", "uitsplitsing", "teller", "noemer", "waarde", "gemaskeerd"],
            columns.Select(c => (string)c[0]!));
    }

    [PostgresFact]
    public async Task Contracted_views_exist_and_no_rpt_view_exposes_a_pupil_pseudonym()
    {
        // Other rpt views (the Power BI pages') have contract tests of their own; none may show a pseudonym.
        var views = await WarehouseDb.QueryAsync(_db!.ConnectionString, "SELECT table_name FROM information_schema.views WHERE table_schema = 'rpt'");
        Assert.Empty(Contracts.Keys.Except(views.Select(v => (string)v[0]!)));
        var leaks = await WarehouseDb.QueryAsync(_db.ConnectionString,
            "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = 'rpt' AND column_name LIKE '%pseudonym%'");
        Assert.Empty(leaks);
    }

    [PostgresFact]
    public async Task Reporting_role_reads_rpt_and_nothing_else()
    {
        var rows = await WarehouseDb.QueryAsync(_db!.ConnectionString,
            "SELECT has_table_privilege('koers_reporting', 'rpt.indicator_waarde', 'SELECT'), has_table_privilege('koers_reporting', 'dw.fact_tv_registratie', 'SELECT')");
        Assert.Equal([true, false], rows.Single());
    }
}
