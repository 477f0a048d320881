using System.Text.Json;
using Json.Schema;
using SroDocs.Site.Schemas;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Schemas;

/// <summary>Validates YAML against the schemas generated for the shipped content, with JsonSchema.Net.</summary>
public static class SchemaValidation
{
    public static IReadOnlyDictionary<string, string> Generated { get; } =
        SchemaSet.FromContent(RepositoryPaths.ShippedContent, []).ToDictionary(s => s.FileName, s => s.Text);

    /// <summary>The errors of the YAML against the schema, one line each ("" when it is valid).</summary>
    public static IReadOnlyList<string> Errors(string schemaFile, string yaml)
    {
        var schema = JsonSchema.FromText(Generated[schemaFile], new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var json = JsonDocument.Parse(YamlJson.Parse(yaml)?.ToJsonString() ?? "null");
        var result = schema.Evaluate(json.RootElement, new EvaluationOptions { RequireFormatValidation = true, OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }
}
