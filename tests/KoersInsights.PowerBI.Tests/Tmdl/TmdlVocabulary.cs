namespace KoersInsights.PowerBI.Tests.Tmdl;

/// <summary>
/// Which children each TMDL object may have (the Tabular Object Model properties of that object, as TMDL spells
/// them), so a misspelt property or an object in the wrong place fails here instead of in Desktop.
/// </summary>
public static class TmdlVocabulary
{
    private static readonly string[] Common = ["annotation", "extendedProperty", "changedProperty", "lineageTag", "sourceLineageTag"];

    private static readonly Dictionary<string, HashSet<string>> Children = new(StringComparer.Ordinal)
    {
        [""] = ["database", "model", "table", "relationship", "role", "expression", "cultureInfo", "annotation", "queryGroup", "perspective", "dataSource", "ref table", "ref role", "ref cultureInfo", "ref expression", "ref perspective", "ref queryGroup"],
        ["database"] = ["compatibilityLevel", "compatibilityMode", "model"],
        ["model"] = ["culture", "defaultPowerBIDataSourceVersion", "discourageImplicitMeasures", "sourceQueryCulture", "dataAccessOptions", "defaultMode", "collation"],
        ["dataAccessOptions"] = ["legacyRedirects", "returnErrorValuesAsNull", "fastCombine"],
        ["table"] = ["column", "measure", "partition", "hierarchy", "isHidden", "dataCategory", "showAsVariationsOnly", "isPrivate", "excludeFromModelRefresh", "calculationGroup"],
        ["column"] = ["dataType", "isHidden", "isKey", "isNullable", "isUnique", "isAvailableInMdx", "formatString", "summarizeBy", "sourceColumn", "sortByColumn", "displayFolder", "dataCategory", "isDefaultLabel", "isDefaultImage"],
        ["measure"] = ["formatString", "displayFolder", "isHidden", "dataCategory", "kpi", "formatStringDefinition"],
        ["partition"] = ["mode", "source", "queryGroup", "dataView"],
        ["hierarchy"] = ["level", "isHidden", "displayFolder"],
        ["level"] = ["column", "ordinal"],
        ["relationship"] = ["fromColumn", "toColumn", "isActive", "crossFilteringBehavior", "securityFilteringBehavior", "fromCardinality", "toCardinality", "relyOnReferentialIntegrity", "joinOnDateBehavior"],
        ["role"] = ["modelPermission", "tablePermission", "member"],
        ["tablePermission"] = ["columnPermission"],
        ["expression"] = ["queryGroup", "kind"],
        ["cultureInfo"] = ["linguisticMetadata", "contentType", "translations"],
        ["linguisticMetadata"] = ["contentType"],
        ["queryGroup"] = [],
        ["annotation"] = [],
    };

    private static readonly Dictionary<string, HashSet<string>> Values = new(StringComparer.Ordinal)
    {
        ["dataType"] = ["int64", "string", "dateTime", "decimal", "double", "boolean", "binary", "variant"],
        ["summarizeBy"] = ["none", "sum", "min", "max", "count", "average", "distinctCount", "default"],
        ["mode"] = ["import", "directQuery", "dual", "default", "push"],
        ["crossFilteringBehavior"] = ["oneDirection", "bothDirections", "automatic"],
        ["securityFilteringBehavior"] = ["oneDirection", "bothDirections", "none"],
        ["modelPermission"] = ["read", "readRefresh", "none", "administrator", "refresh"],
        ["isActive"] = ["true", "false"],
    };

    /// <summary>Problems with children that do not belong under <paramref name="node"/>, recursively.</summary>
    public static IEnumerable<string> Check(TmdlNode? parent, IEnumerable<TmdlNode> nodes)
    {
        var key = parent?.Keyword ?? "";
        if (!Children.TryGetValue(key, out var allowed))
        {
            yield return $"{parent}: no vocabulary for {key}";
            yield break;
        }

        foreach (var node in nodes)
        {
            if (!allowed.Contains(node.Keyword) && !(parent is not null && Common.Contains(node.Keyword)))
            {
                yield return $"{node}: '{node.Keyword}' is not a property or child of {(key.Length == 0 ? "the file root" : key)}";
            }

            if (Values.TryGetValue(node.Keyword, out var values) && node.Kind == TmdlNodeKind.Property && !values.Contains(node.Value ?? ""))
            {
                yield return $"{node}: '{node.Value}' is not a valid {node.Keyword}";
            }

            if (node.Kind is TmdlNodeKind.Object or TmdlNodeKind.Flag && node.Children.Count > 0 || node.Kind == TmdlNodeKind.Expression && node.Children.Count > 0)
            {
                foreach (var problem in Check(node, node.Children))
                {
                    yield return problem;
                }
            }
        }
    }
}
