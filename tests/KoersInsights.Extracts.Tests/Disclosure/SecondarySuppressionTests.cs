using KoersInsights.Extracts.Disclosure;
using KoersInsights.Extracts.Publishing;
using KoersInsights.Extracts.Scope;

namespace KoersInsights.Extracts.Tests.Disclosure;

public sealed class SecondarySuppressionTests
{
    private const string Year = "2023-2024";

    private static readonly GemeenteScope Scope = new("0502", "Capelle", "extracts/0502", [Year],
    [
        new ScopedVestiging("10AA00", "Groot", Year, "CKL"),
        new ScopedVestiging("10BB00", "Klein", Year, "CKL"),
        new ScopedVestiging("10CC00", "Midden", Year, "CKL"),
    ]);

    [Fact]
    public void A_small_vestiging_count_cannot_be_recovered_from_the_gemeente_total()
    {
        var rows = new[] { V("10AA00", 50, 800), V("10BB00", 3, 60), V("10CC00", 20, 400), G(73, 1260) };

        var grid = ReleaseBuilder.Protect(Scope, rows, ThresholdPolicy.Default);

        Assert.Equal(CellStatus.Primary, Teller(grid, "vestiging", "10BB00").Status);
        Assert.Equal(CellStatus.Secondary, Teller(grid, "vestiging", "10CC00").Status);
        Assert.Empty(ExposureAnalysis.Find(grid));
    }

    [Fact]
    public void A_total_that_differs_from_one_school_by_three_is_protected_even_when_the_other_school_has_zero()
    {
        var rows = new[] { V("10AA00", 50, 800), V("10BB00", 3, 60), V("10CC00", 0, 400), G(53, 1260) };

        var grid = ReleaseBuilder.Protect(Scope, rows, ThresholdPolicy.Default);

        // Hiding the zero would leave 10BB00 within [0, 3]: the interval check forces a larger cell.
        Assert.True(Teller(grid, "vestiging", "10AA00").IsUnknown || Teller(grid, "gemeente", "0502").IsUnknown);
        Assert.Empty(ExposureAnalysis.Find(grid));
    }

    [Fact]
    public void A_met_opp_side_of_two_is_hidden_together_with_a_cell_that_protects_it()
    {
        var rows = new[]
        {
            V("10AA00", 12, 200), V("10AA00", 2, 20, "met_opp"), V("10AA00", 10, 180, "zonder_opp"),
        };
        var scope = Scope with { Vestigingen = [Scope.Vestigingen[0]] };

        var grid = ReleaseBuilder.Protect(scope, rows, ThresholdPolicy.Default);

        Assert.Equal(CellStatus.Primary, Teller(grid, "vestiging", "10AA00", "met_opp").Status);
        Assert.True(Teller(grid, "vestiging", "10AA00", "zonder_opp").IsUnknown || Teller(grid, "vestiging", "10AA00").IsUnknown);
        Assert.Empty(ExposureAnalysis.Find(grid));
    }

    [Fact]
    public void A_subregio_rest_of_two_outside_the_gemeente_cannot_be_derived_from_subregio_minus_gemeente()
    {
        var rows = new[]
        {
            V("10AA00", 30, 800), V("10BB00", 10, 60), V("10CC00", 20, 400), G(60, 1260),
            V("10AA00", 32, 1560) with { Niveau = "subregio", NiveauCode = "CKL", Teller = 62 },
        };

        var grid = ReleaseBuilder.Protect(Scope, rows, ThresholdPolicy.Default);

        Assert.Empty(ExposureAnalysis.Find(grid));
        Assert.True(Teller(grid, "subregio", "CKL").IsUnknown || Teller(grid, "gemeente", "0502").IsUnknown);
    }

    [Fact]
    public void The_exact_solver_finds_a_cell_fixed_only_by_a_combination_of_identities()
    {
        // x0 + x1 = c1, x1 + x2 = c2, x0 + x2 = c3: no identity has a single unknown, yet all three are fixed.
        var rows = new Dictionary<int, int>[] { new() { [0] = 1, [1] = 1 }, new() { [1] = 1, [2] = 1 }, new() { [0] = 1, [2] = 1 } };

        var determined = LinearSolver.DeterminedUnknowns(rows);

        Assert.Equal([0, 1, 2], determined.Order());
        Assert.Empty(LinearSolver.DeterminedUnknowns([new Dictionary<int, int> { [0] = 1, [1] = 1 }]));
    }

    private static IndicatorRow V(string code, decimal teller, decimal noemer, string split = "") =>
        new("AFSTROOM", "vestiging", code, Year, split, teller, noemer, teller * 100 / noemer, false);

    private static IndicatorRow G(decimal teller, decimal noemer) =>
        new("AFSTROOM", "gemeente", "0502", Year, "", teller, noemer, teller * 100 / noemer, false);

    private static Cell Teller(DisclosureGrid grid, string niveau, string code, string split = "") =>
        grid.Get(new CellKey("AFSTROOM", niveau, code, Year, split, Measure.Teller));
}
