using System.Text.Json;
using KoersInsights.TestSupport;

namespace KoersInsights.PowerBI.Tests;

/// <summary>Every JSON file of the project validates against Microsoft's published schemas (ajv, draft-07).</summary>
public sealed class SchemaValidationTests
{
    [SchemaFact]
    public async Task Every_json_file_validates_against_its_declared_schema()
    {
        var results = await ValidateAsync(PowerBIProject.Folder);

        Assert.True(results.Count >= 60, $"only {results.Count} JSON files found under powerbi/");
        var problems = results.Where(r => r.Status != "valid" && !IsTheme(r)).Select(r => $"{r.File}: {r.Status} {string.Join("; ", r.Errors)}");
        Assert.Empty(problems);
    }

    [SchemaFact]
    public async Task Only_the_base_theme_lacks_a_local_schema_and_it_declares_the_theme_schema()
    {
        var results = await ValidateAsync(PowerBIProject.Folder);

        // Microsoft publishes the report theme schema in powerbi-desktop-samples, not under json-schemas/fabric.
        var theme = Assert.Single(results, r => r.Status == "no-local-schema");
        Assert.True(IsTheme(theme), theme.File);
        Assert.Contains("reportThemeSchema", theme.Schema, StringComparison.Ordinal);
    }

    [SchemaFact]
    public async Task A_visual_with_an_unknown_property_or_a_long_name_is_reported_invalid()
    {
        var folder = Directory.CreateTempSubdirectory("pbir-invalid-");
        try
        {
            var visual = Directory.EnumerateFiles(PowerBIProject.ReportFolder, "visual.json", SearchOption.AllDirectories).First();
            var text = File.ReadAllText(visual);
            File.WriteAllText(Path.Combine(folder.FullName, "extra.json"), text.Replace("\"position\"", "\"positie\": 1, \"position\"", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(folder.FullName, "long.json"), text.Replace("\"name\": \"", "\"name\": \"" + new string('x', 60), StringComparison.Ordinal));

            var results = await ValidateAsync(folder.FullName);

            Assert.Equal(2, results.Count);
            Assert.All(results, r => Assert.Equal("invalid", r.Status));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static bool IsTheme(ValidationResult result) => result.File.Contains("/BaseThemes/", StringComparison.Ordinal);

    private static async Task<IReadOnlyList<ValidationResult>> ValidateAsync(string folder)
    {
        var output = await NodeTool.RunAsync("pbir-validate.mjs", SchemaFactAttribute.SchemasFolder!, folder);
        return JsonSerializer.Deserialize<List<ValidationResult>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private sealed record ValidationResult(string File, string? Schema, string Status, IReadOnlyList<string> Errors);
}
