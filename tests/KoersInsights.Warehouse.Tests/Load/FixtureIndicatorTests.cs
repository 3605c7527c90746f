using KoersInsights.TestSupport;
using KoersInsights.Warehouse.Tests.Support;

namespace KoersInsights.Warehouse.Tests.Load;

/// <summary>
/// Indicator values of the fixture region (FixtureRegion) computed by hand from its rows, compared exactly.
/// Notation: "teller/noemer/waarde/m" where m = gemaskeerd ("-" = not); waarde rounded to 6 decimals.
/// Populations (DUO): 2022-2023 A 100, B '&lt;5', C 50; 2023-2024 A 110, B 90, C 60; D is outside the SWV.
/// </summary>
public sealed class FixtureIndicatorTests(FixtureLoad fixture) : IClassFixture<FixtureLoad>
{
    private const string Y1 = "2022-2023", Y2 = "2023-2024";
    private const string A = FixtureRegion.A, B = FixtureRegion.B, C = FixtureRegion.C;

    public static TheoryData<string, string> Expected => new()
    {
        // TV_INSTROOM 2022-2023: A pupils 1, 2 (pupil 1 twice counts once); B pupil 3 over a masked population; C pupil 4.
        { $"TV_INSTROOM vestiging {A} {Y1}", "2/100/2/-" },
        { $"TV_INSTROOM vestiging {B} {Y1}", "1/null/null/m" },
        { $"TV_INSTROOM vestiging {C} {Y1}", "1/50/2/-" },
        { $"TV_INSTROOM subregio Zuid {Y1}", "2/100/2/-" },
        { $"TV_INSTROOM subregio Noord {Y1}", "2/null/null/m" },
        { $"TV_INSTROOM gemeente 0599 {Y1}", "3/null/null/m" },
        { $"TV_INSTROOM gemeente 0502 {Y1}", "1/50/2/-" },
        { $"TV_INSTROOM woongemeente 0599 {Y1}", "2/null/null/-" },
        { $"TV_INSTROOM woongemeente 0502 {Y1}", "2/null/null/-" },
        { $"TV_INSTROOM swv VO2803 {Y1}", "4/null/null/m" },
        // 2023-2024: A pupil 5; B pupils 6, 7; C none (teller 0 over its population).
        { $"TV_INSTROOM vestiging {A} {Y2}", "1/110/0.909091/-" },
        { $"TV_INSTROOM vestiging {B} {Y2}", "2/90/2.222222/-" },
        { $"TV_INSTROOM vestiging {C} {Y2}", "0/60/0/-" },
        { $"TV_INSTROOM subregio Zuid {Y2}", "1/110/0.909091/-" },
        { $"TV_INSTROOM subregio Noord {Y2}", "2/150/1.333333/-" },
        { $"TV_INSTROOM gemeente 0599 {Y2}", "3/200/1.5/-" },
        { $"TV_INSTROOM gemeente 0502 {Y2}", "0/60/0/-" },
        { $"TV_INSTROOM woongemeente 0599 {Y2}", "2/null/null/-" },
        { $"TV_INSTROOM woongemeente 0489 {Y2}", "1/null/null/-" },
        { $"TV_INSTROOM swv VO2803 {Y2}", "3/260/1.153846/-" },
        // Ended registrations: proportions need no DUO count, so B is not masked here.
        { $"TV_TERUG_IN_KLAS vestiging {A} {Y1}", "1/2/50/-" },
        { $"TV_TERUG_IN_KLAS vestiging {B} {Y1}", "1/1/100/-" },
        { $"TV_TERUG_IN_KLAS vestiging {C} {Y1}", "0/1/0/-" },
        { $"TV_TERUG_IN_KLAS subregio Noord {Y1}", "1/2/50/-" },
        { $"TV_TERUG_IN_KLAS swv VO2803 {Y1}", "2/4/50/-" },
        { $"TV_TERUG_IN_KLAS vestiging {A} {Y2}", "1/2/50/-" },
        { $"TV_TERUG_IN_KLAS swv VO2803 {Y2}", "2/3/66.666667/-" },
        { $"TV_TERUG_IN_KLAS woongemeente 0502 {Y2}", "0/1/0/-" },
        // Medians: teller = median days, noemer = cases. 2022-2023: A 60, 30; B 20; C 151. 2023-2024: A 30, 354 (pupil 2's
        // re-delivered end); B 61.
        { $"TV_DUUR vestiging {A} {Y1}", "45/2/45/-" },
        { $"TV_DUUR swv VO2803 {Y1}", "45/4/45/-" },
        { $"TV_DUUR vestiging {A} {Y2}", "192/2/192/-" },
        { $"TV_DUUR swv VO2803 {Y2}", "61/3/61/-" },
        { $"OBSERVATIES vestiging {A} {Y2}", "3/110/2.727273/-" },
        { $"OBSERVATIES vestiging {C} {Y2}", "0/60/0/-" },
        { $"OBSERVATIES swv VO2803 {Y2}", "4/260/1.538462/-" },
        { $"OPP_AANDEEL vestiging {A} {Y1}", "1/100/1/-" },
        { $"OPP_AANDEEL vestiging {B} {Y1}", "0/null/null/m" },
        { $"OPP_AANDEEL swv VO2803 {Y2}", "2/260/0.769231/-" },
        { $"OPP_GEEVALUEERD vestiging {A} {Y1}", "1/1/100/-" },
        { $"OPP_GEEVALUEERD vestiging {A} {Y2}", "0/1/0/-" },
        { $"OPP_GEEVALUEERD swv VO2803 {Y2}", "1/2/50/-" },
        { $"EXTRA_ONDERSTEUNING vestiging {C} {Y2}", "1/60/1.666667/-" },
        { $"EXTRA_ONDERSTEUNING swv VO2803 {Y2}", "2/260/0.769231/-" },
        { $"BEGELEIDING_DUUR swv VO2803 {Y2}", "60/2/60/-" },
        { $"THUISZITTERS vestiging {A} {Y2}", "1/110/9.090909/-" },
        { $"THUISZITTERS vestiging {C} {Y2}", "1/60/16.666667/-" },
        { $"THUISZITTERS swv VO2803 {Y2}", "2/260/7.692308/-" },
        { $"THUISZITTERS woongemeente 0502 {Y2}", "1/null/null/-" },
        { $"LANGDURIG_VERZUIM vestiging {B} {Y1}", "1/null/null/m" },
        { $"AFSTROOM vestiging {A} {Y1}", "2/4/50/-" },
        { $"AFSTROOM vestiging {A} {Y1} met_opp", "1/1/100/-" },
        { $"AFSTROOM vestiging {A} {Y1} zonder_opp", "1/3/33.333333/-" },
        { $"AFSTROOM_ZIJINSTROOM vestiging {A} {Y1}", "1/2/50/-" },
        { $"BEVORDERING_ONDERSTEUNING vestiging {A} {Y1}", "1/2/50/-" },
        { $"VAVO swv VO2803 {Y1}", "1/4/25/-" },
        { $"VAVO vestiging {A} {Y1} zonder_opp", "1/3/33.333333/-" },
        // DUO's own VAVO count: B's '<5' masks the 2022-2023 SWV row; in 2023-2024 D (outside the SWV) is left out.
        { $"VAVO vestiging {A} {Y1} duo_uitbesteed", "3/100/3/-" },
        { $"VAVO vestiging {B} {Y1} duo_uitbesteed", "null/null/null/m" },
        { $"VAVO swv VO2803 {Y1} duo_uitbesteed", "null/null/null/m" },
        { $"VAVO swv VO2803 {Y2} duo_uitbesteed", "7/260/2.692308/-" },
        { $"TLV_AANVRAGEN vestiging {C} {Y2}", "2/60/3.333333/-" },
        { $"TLV_AANVRAGEN swv VO2803 {Y2}", "4/260/1.538462/-" },
        { $"TLV_AFGEGEVEN vestiging {B} {Y2}", "0/90/0/-" },
        { $"TLV_AFGEGEVEN swv VO2803 {Y2}", "2/260/0.769231/-" },
        { $"TLV_AFGEGEVEN swv VO2803 {Y2} hoog", "1/260/0.384615/-" },
        { $"TLV_AFGEGEVEN swv VO2803 {Y2} midden", "0/260/0/-" },
        { $"TLV_DOORLOOPTIJD swv VO2803 {Y2}", "50/3/50/-" },
        { $"TLV_DOORLOOPTIJD subregio Noord {Y2}", "50/2/50/-" },
        { $"TLV_DOORLOOPTIJD woongemeente 0599 {Y2}", "40/2/40/-" },
        { $"CONSULTATIE_UREN vestiging {A} {Y2}", "5.5/110/5/-" },
        { $"CONSULTATIE_UREN vestiging {B} {Y2}", "0/90/0/-" },
        { $"CONSULTATIE_UREN swv VO2803 {Y2}", "6.75/260/2.596154/-" },
        { $"CONSULTATIE_UREN swv VO2803 {Y2} coaching", "2/260/0.769231/-" },
        // Middelen: the bestuur line (no vestiging) counts only SWV-wide; its gerealiseerd is empty, so begroot counts.
        { $"MIDDELEN_PER_LL vestiging {A} {Y2}", "9000/110/81.818182/-" },
        { $"MIDDELEN_PER_LL swv VO2803 {Y2}", "14200/260/54.615385/-" },
        // Surveys: q4 (lower is better) answered 1 mirrors to 5 → tevreden; the SWV-wide answer counts only SWV-wide.
        { $"TEVREDENHEID vestiging {A} {Y2}", "2/3/66.666667/-" },
        { $"TEVREDENHEID vestiging {A} {Y2} ouder", "1/2/50/-" },
        { $"TEVREDENHEID swv VO2803 {Y2}", "3/4/75/-" },
        { $"TEVREDENHEID swv VO2803 {Y2} leerling", "2/2/100/-" },
        { $"VEILIGHEID vestiging {A} {Y2}", "1/1/100/-" },
        { $"DOCENT_TOEGERUST vestiging {A} {Y2}", "1/1/100/-" },
    };

    [PostgresTheory]
    [MemberData(nameof(Expected))]
    public void Indicator_equals_the_hand_computed_value(string key, string expected)
    {
        var values = FixtureLoad.Values(fixture.ConnectionString).GetAwaiter().GetResult();
        Assert.True(values.TryGetValue(key, out var actual), $"no row {key}");
        Assert.Equal(expected, actual);
    }

    [PostgresFact]
    public async Task School_outside_the_swv_area_has_no_indicator_rows()
    {
        var values = await FixtureLoad.Values(fixture.ConnectionString);
        Assert.DoesNotContain(values.Keys, k => k.Contains(FixtureRegion.D, StringComparison.Ordinal));
    }

    [PostgresFact]
    public void Late_arriving_school_is_inferred_first_and_completed_by_the_next_snapshot()
    {
        // Load 1: C delivered data before DUO listed it → an inferred member, in the SWV, without gemeente or subregio.
        Assert.Equal([["33CC00", true, true, true, true]], fixture.InferredAfterFirst);
        Assert.Equal("1/50/2/-", fixture.AfterFirst[$"TV_INSTROOM vestiging {C} {Y1}"]);
        Assert.False(fixture.AfterFirst.ContainsKey($"TV_INSTROOM gemeente 0502 {Y1}"));
        Assert.Equal("2/100/2/-", fixture.AfterFirst[$"TV_INSTROOM subregio Zuid {Y1}"]);
        Assert.Equal("1/null/null/m", fixture.AfterFirst[$"TV_INSTROOM subregio Noord {Y1}"]);

        // Load 2 completed it in place (same key, facts untouched) and put it in 0502 / Noord for every year.
        var rows = WarehouseDb.QueryAsync(fixture.ConnectionString,
            "SELECT vestigingsnaam, is_inferred, valid_from::text, is_current FROM dw.dim_vestiging WHERE vestigingscode = '33CC00'").GetAwaiter().GetResult();
        Assert.Equal([["Gamma School", false, "-infinity", true]], rows);
    }

    [PostgresFact]
    public async Task Changed_school_gets_a_new_scd2_version_from_the_snapshot_schooljaar()
    {
        var rows = await WarehouseDb.QueryAsync(fixture.ConnectionString,
            "SELECT vestigingsnaam, valid_from::text, valid_to::text, is_current FROM dw.dim_vestiging WHERE vestigingscode = '11AA00' ORDER BY valid_from");
        Assert.Equal([["Alpha College", "-infinity", "2024-08-01", false], ["Alpha College Zuid", "2024-08-01", "infinity", true]], rows);
    }

    [PostgresFact]
    public void Both_loads_pass_every_quality_gate()
    {
        Assert.Equal("succeeded", fixture.First.Status);
        Assert.Equal("succeeded", fixture.Second.Status);
        Assert.All(fixture.Second.Gates, g => Assert.True(g.Passed, $"{g.Name}: {g.Sample}"));
        Assert.Contains(fixture.First.DeliveriesIgnored, d => d.StartsWith("geslaagden", StringComparison.Ordinal));
        Assert.Single(fixture.Second.DeliveriesRemoved);
    }
}

/// <summary>Targets of the fixture: nulmeting (delivered beside computed), doel, status and the noise verdict.</summary>
public sealed class FixtureDoelStatusTests(FixtureLoad fixture) : IClassFixture<FixtureLoad>
{
    [PostgresFact]
    public async Task School_target_is_reached_and_the_delivered_nulmeting_is_kept_beside_the_computed_one()
    {
        var row = (await WarehouseDb.QueryAsync(fixture.ConnectionString,
            "SELECT status, nulmeting, nulmeting_berekend, nulmeting_geleverd, nulmeting_verschil, laatste_schooljaar, laatste_waarde, verschil, buiten_ruis " +
            "FROM rpt.doel_status WHERE niveau = 'vestiging' AND niveau_code = '11AA00'")).Single();
        // Computed 2022-2023: 2/100 × 100 = 2; delivered 2.5 wins. Latest 2023-2024: 1/110 × 100 = 0.909091 ≤ doel 1.5,
        // lower is better → behaald. 1 vs 2 pupils is well within Poisson noise.
        Assert.Equal(["behaald", "2.5", "2", "2.5", "0.5", "2023-2024", "0.909091", "-1.590909", "False"], row.Select(WarehouseDb.Fmt));
    }

    [PostgresFact]
    public async Task Swv_target_without_an_unmasked_nulmeting_has_geen_data()
    {
        // The SWV's 2022-2023 TV_INSTROOM is masked (B's DUO count is '<5') and no nulmeting was delivered.
        var status = await WarehouseDb.ScalarAsync<string>(fixture.ConnectionString, "SELECT status FROM rpt.doel_status WHERE niveau = 'swv'");
        Assert.Equal("geen data", status);
    }
}
