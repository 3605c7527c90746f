namespace KoersInsights.PowerBI.Tests.Report;

/// <summary>A field a report file uses: <c>{"Column"|"Measure": {"Expression": {"SourceRef": …}, "Property": …}}</c>.</summary>
public sealed record ReportFieldReference(string File, string Kind, string Entity, string Property, string? QueryRef);
