using KoersInsights.TestSupport;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace KoersInsights.Lake.Tests.Contract;

/// <summary>
/// A fact of the lake contract. The contract tests are written once in <see cref="LakeContractTests"/> and inherited
/// by one class per store; a class marked <see cref="NeedsAzuriteAttribute"/> skips with a reason when ./test did not
/// start Azurite (an attribute on the method alone cannot know which store's class it runs in).
/// </summary>
[XunitTestCaseDiscoverer("KoersInsights.Lake.Tests.Contract.LakeFactDiscoverer", "KoersInsights.Lake.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class LakeFactAttribute : FactAttribute;

/// <summary>Marks a contract test class that runs against Azurite.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NeedsAzuriteAttribute : Attribute;

public sealed class LakeFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsAzurite = testMethod.TestClass.Class.ToRuntimeType().IsDefined(typeof(NeedsAzuriteAttribute), inherit: false);
        if (needsAzurite && TestEnvironment.AzuriteBlobEndpoint is null)
        {
            yield return new SkippedLakeTestCase(diagnosticMessageSink, display, displayOptions, testMethod);
        }
        else
        {
            yield return new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod);
        }
    }
}

/// <summary>
/// A contract test case that needs Azurite when there is none. The reason is a constant, not a field: XunitTestCase
/// reads the skip reason while its base constructor runs, before a derived field could be set.
/// </summary>
public sealed class SkippedLakeTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer", error: true)]
    public SkippedLakeTestCase()
    {
    }

    public SkippedLakeTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method)
        : base(sink, display, options, method)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        "No Azurite: KOERS_TEST_AZURITE is not set. Run ./test, which starts a throwaway Azurite.";
}
