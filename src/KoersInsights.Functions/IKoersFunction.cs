namespace KoersInsights.Functions;

/// <summary>
/// One timer-triggered function. A plain class with one entry point, so the same class runs from
/// <c>./koers refresh</c>, from our functions host, and later from the Azure Functions isolated worker unchanged.
/// </summary>
public interface IKoersFunction
{
    /// <summary>The function's name as in product.md (e.g. <c>IngestDuo</c>); also its lock and run-history key.</summary>
    string Name { get; }

    /// <summary>Default NCRONTAB schedule (six fields, seconds first), overridable in configuration.</summary>
    string DefaultSchedule { get; }

    Task<FunctionResult> RunAsync(FunctionContext context, CancellationToken cancellationToken);
}
