using System.Collections.Immutable;
using System.Text.Json.Nodes;
using SroDocs.Core.Diagnostics;
using SroDocs.Site.Data;
using SroDocs.Site.Timeline;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Schemas;

/// <summary>One generated schema: its file name and its text.</summary>
public sealed record SchemaFile(string FileName, string Text);

/// <summary>
/// The JSON Schemas (draft 2020-12) for front matter and every data file, made from the readers' keys and the content's
/// taxonomy and milestones, which are read with the same readers the build uses.
/// </summary>
public static class SchemaSet
{
    public const string FrontMatterFile = "front-matter.schema.json";

    /// <summary>Each data file in <c>_data/</c>, its schema file and how that schema is made.</summary>
    private static readonly ImmutableArray<(string DataFile, string SchemaFile, Func<Taxonomy, MilestonePlan, JsonObject> Create)> DataSchemas =
    [
        (ContentLayout.SiteFile, "site.schema.json", (_, _) => SiteSchema.Create()),
        (ContentLayout.TaxonomyFile, "taxonomie.schema.json", (_, _) => TaxonomySchema.Create()),
        (ContentLayout.GlossaryFile, "glossar.schema.json", (_, _) => GlossarySchema.Create()),
        (ContentLayout.MilestonesFile, "meilensteine.schema.json", (taxonomy, _) => MilestonesSchema.Create(taxonomy)),
        (ContentLayout.SteckbriefFile, "steckbrief.schema.json", (_, milestones) => SteckbriefSchema.Create(milestones)),
    ];

    /// <summary>The schema file for each data file in <c>_data/</c>.</summary>
    public static readonly ImmutableArray<(string DataFile, string SchemaFile)> DataFiles = [.. DataSchemas.Select(s => (s.DataFile, s.SchemaFile))];

    /// <summary>Reads taxonomy and milestones from a content folder and makes the schemas; problems in those files go to <paramref name="sink"/>.</summary>
    public static ImmutableArray<SchemaFile> FromContent(string contentRoot, ICollection<Diagnostic> sink)
    {
        var taxonomy = Load(contentRoot, ContentLayout.TaxonomyFile, sink) is { } t ? Taxonomy.Read(t) : Taxonomy.Empty;
        var milestones = Load(contentRoot, ContentLayout.MilestonesFile, sink) is { } m ? MilestonePlan.Read(m, taxonomy) : MilestonePlan.Empty;
        return Create(taxonomy, milestones);
    }

    public static ImmutableArray<SchemaFile> Create(Taxonomy taxonomy, MilestonePlan milestones) =>
    [
        File(FrontMatterFile, "Front Matter", FrontMatterSchema.Create(taxonomy)),
        .. DataSchemas.Select(s => File(s.SchemaFile, s.DataFile, s.Create(taxonomy, milestones))),
    ];

    private static SchemaFile File(string name, string title, JsonObject schema)
    {
        var document = new JsonObject { ["$schema"] = "https://json-schema.org/draft/2020-12/schema", ["title"] = "SroDocs: " + title };
        foreach (var (key, value) in schema)
        {
            document[key] = value?.DeepClone();
        }

        return new SchemaFile(name, Output.JsonText.Write(document));
    }

    private static YamlMap? Load(string contentRoot, string name, ICollection<Diagnostic> sink)
    {
        var folder = Path.Combine(contentRoot, ContentLayout.DataFolder);
        var path = ContentLayout.DataFileNames(name).Select(n => Path.Combine(folder, n)).FirstOrDefault(System.IO.File.Exists);
        return path is null ? null : YamlDocumentReader.Read(new YamlSource(path, System.IO.File.ReadAllText(path), 0), YamlErrors.Data, sink);
    }
}
