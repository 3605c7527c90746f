using KoersInsights.Core;
using KoersInsights.Extracts.Publishing;
using KoersInsights.Extracts.Tests.Fixtures;
using KoersInsights.TestSupport;

namespace KoersInsights.Extracts.Tests.Publishing;

// Own class (own database): it flips the gate verdict, which the other publishing tests must not see.
public sealed class PublishingGateTests : IClassFixture<ExtractWarehouse>
{
    private readonly ExtractWarehouse _warehouse;

    public PublishingGateTests(ExtractWarehouse warehouse)
    {
        _warehouse = warehouse;
    }

    [PostgresFact]
    public async Task A_load_that_failed_its_quality_gates_blocks_publishing_with_one_line_and_writes_nothing()
    {
        await _warehouse.SetGatesPassedAsync(false);
        using var lake = new TempLake();

        var error = await Assert.ThrowsAsync<KoersException>(() =>
            new ExtractPublisher(new ExtractOptions()).PublishAsync(lake.Lake, _warehouse.ConnectionString, null, null, default));

        Assert.Contains("quality gates", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        await foreach (var item in lake.Lake.ListAsync(string.Empty))
        {
            Assert.Fail($"{item.Path} was written");
        }
    }
}
