using System.Text.Json.Nodes;
using SroDocs.Site.Data;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Schemas;

/// <summary>
/// The JSON Schema shapes of the values <see cref="YamlMap"/> reads, as the YAML extension of an editor sees them (YAML 1.2:
/// an unquoted <c>2026-01-31</c> is text, <c>3</c> a number, <c>true</c> a truth value).
/// </summary>
public static class SchemaTypes
{
    public static JsonObject Text(string description) => new() { ["description"] = description, ["type"] = "string" };

    public static JsonObject Integer(string description, int? minimum = null)
    {
        var node = new JsonObject { ["description"] = description, ["type"] = "integer" };
        if (minimum is { } min)
        {
            node["minimum"] = min;
        }

        return node;
    }

    /// <summary>A truth value, or one of the words <see cref="YamlMap.Bool"/> reads as one (<c>ja</c>, <c>nein</c> …).</summary>
    public static JsonObject Boolean(string description) => new()
    {
        ["description"] = description,
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "boolean" },
            new JsonObject { ["type"] = "string", ["enum"] = Strings(YamlMap.TrueWords.Concat(YamlMap.FalseWords)) }),
    };

    public static JsonObject Date(string description) => new()
    {
        ["description"] = description + " Format JJJJ-MM-TT.",
        ["type"] = "string",
        ["format"] = "date",
        ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    };

    public static JsonObject Url(string description) => Address(description + " Eine Adresse mit http:// oder https://.", "^[Hh][Tt][Tt][Pp][Ss]?://");

    public static JsonObject HttpsUrl(string description) => Address(description + " Eine Adresse mit https://.", "^[Hh][Tt][Tt][Pp][Ss]://");

    private static JsonObject Address(string description, string pattern) => new() { ["description"] = description, ["type"] = "string", ["pattern"] = pattern };

    /// <summary>One value of a facet: its ids, or any text when the taxonomy leaves the facet open.</summary>
    public static JsonObject OneOf(string description, Facet facet) => Choice(description, facet.Terms.Select(t => (t.Id, t.Name)).ToList());

    /// <summary>One of the given values (with a German label each, shown in the description); any text when there are none.</summary>
    public static JsonObject Choice(string description, IReadOnlyList<(string Id, string Label)> values)
    {
        if (values.Count == 0)
        {
            return Text(description);
        }

        var listed = string.Join(", ", values.Select(v => v.Id == v.Label ? v.Id : $"{v.Id} ({v.Label})"));
        return new JsonObject
        {
            ["description"] = $"{description} Erlaubt: {listed}.".TrimStart(),
            ["type"] = "string",
            ["enum"] = Strings(values.Select(v => v.Id)),
        };
    }

    /// <summary>A list of values; like <see cref="YamlMap.StringList"/>, a single value counts as a list of one.</summary>
    public static JsonObject List(string description, JsonObject item, bool nonEmpty = false)
    {
        var single = item.DeepClone().AsObject();
        single.Remove("description");
        var array = new JsonObject { ["type"] = "array", ["items"] = single.DeepClone() };
        if (nonEmpty)
        {
            array["minItems"] = 1;
        }

        var itemDescription = item["description"]?.GetValue<string>();
        return new JsonObject
        {
            ["description"] = string.IsNullOrEmpty(itemDescription) ? description : $"{description} {itemDescription}",
            ["anyOf"] = new JsonArray(single, array),
        };
    }

    /// <summary>A list of entries (mappings), like <see cref="YamlMap.Maps"/>.</summary>
    public static JsonObject Entries(string description, JsonObject entry, bool nonEmpty = false)
    {
        var node = new JsonObject { ["description"] = description, ["type"] = "array", ["items"] = entry };
        if (nonEmpty)
        {
            node["minItems"] = 1;
        }

        return node;
    }

    /// <summary>
    /// A mapping with exactly the keys a reader allows: every allowed key needs a shape here and no other key may have
    /// one, so a key added to a reader fails the schema's generation until it is described.
    /// </summary>
    public static JsonObject Mapping(string description, IReadOnlySet<string> allowed, IEnumerable<string> required, params (string Key, JsonObject Schema)[] properties)
    {
        var described = properties.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var undescribed = allowed.Where(k => !described.Contains(k)).Order(StringComparer.Ordinal).ToList();
        var unknown = described.Where(k => !allowed.Contains(k)).Order(StringComparer.Ordinal).ToList();
        var requiredKeys = required.ToList();
        if (undescribed.Count > 0 || unknown.Count > 0 || requiredKeys.Any(k => !allowed.Contains(k)))
        {
            throw new InvalidOperationException(
                $"Schema and reader disagree: keys without a schema [{string.Join(", ", undescribed)}], schema keys the reader does not allow [{string.Join(", ", unknown)}].");
        }

        var node = new JsonObject { ["description"] = description, ["type"] = "object" };
        var props = new JsonObject();
        foreach (var (key, schema) in properties)
        {
            props[key] = schema;
        }

        node["properties"] = props;
        if (requiredKeys.Count > 0)
        {
            node["required"] = Strings(requiredKeys);
        }

        node["additionalProperties"] = false;
        return node;
    }

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
