using System.Text.Json.Nodes;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Output;

namespace SroDocs.Site.OpenData;

/// <summary>
/// <c>daten/fachkonzept.schema.json</c>: the JSON Schema (draft 2020-12) of <see cref="FachkonzeptExport"/>, kept as
/// <c>OpenData/fachkonzept.schema.json</c> in this project and published with its <c>$id</c> set to its real address.
/// </summary>
public sealed class FachkonzeptSchema : ISiteFile
{
    public const string FilePath = "daten/fachkonzept.schema.json";

    private static readonly Lazy<string> Embedded = new(() =>
    {
        using var stream = typeof(FachkonzeptSchema).Assembly.GetManifestResourceStream("SroDocs.Site.OpenData.fachkonzept.schema.json")
            ?? throw new InvalidOperationException("The embedded schema fachkonzept.schema.json is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public string Path => FilePath;

    public string Name => "Schema der offenen Daten (fachkonzept.schema.json)";

    public IReadOnlyList<IDataKey> Reads => [SiteValues.Inputs, SiteValues.Config];

    /// <summary>The schema as kept in the repository.</summary>
    public static string Text => Embedded.Value;

    public string Render(StepContext context) => For(AbsoluteUrls.For(context).Of("/" + FilePath));

    /// <summary>The schema with <c>$id</c> set to <paramref name="address"/>.</summary>
    public static string For(string address)
    {
        var schema = JsonNode.Parse(Text)!.AsObject();
        schema["$id"] = address;
        return JsonText.Write(schema);
    }
}
