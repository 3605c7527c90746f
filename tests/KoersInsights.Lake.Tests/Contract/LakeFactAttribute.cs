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
        var needsAzurite = testMethod.TestClass.Class.GetCustomAttributes(typeof(NeedsAzuriteAttribute)).Any();
        if (needsAzurite && TestEnvironment.AzuriteBlobEndpoint is null)
        {
            yield return new SkippedLakeTestCase(diagnosticMessageSink, display, displayOptions, testMethod,
                "No Azurite: KOERS_TEST_AZURITE is not set. Run ./test, which starts a throwaway Azurite.");
        }
        else
        {
            yield return new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod);
        }
    }
}

public sealed class SkippedLakeTestCase : XunitTestCase
{
    private string _reason = string.Empty;

    [Obsolete("Called by the de-serializer", error: true)]
    public SkippedLakeTestCase()
    {
    }

    public SkippedLakeTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string reason)
        : base(sink, display, options, method)
    {
        _reason = reason;
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("Reason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        base.Deserialize(data);
        _reason = data.GetValue<string>("Reason");
    }
}
