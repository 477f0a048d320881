using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SroDocs.Site.Data;
using SroDocs.Site.FrontMatter;
using SroDocs.Site.Glossary;
using SroDocs.Site.Schemas;
using SroDocs.Site.Timeline;
using SroDocs.Site.Vorhabenliste;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Tests.Schemas;

/// <summary>The schemas come from the readers: the required keys they declare are the ones they report missing, and a key without a shape stops generation.</summary>
public sealed partial class SchemaModelTests
{
    public static TheoryData<string, string, string[]> RequiredProbes() => new()
    {
        { "Seite", "{}", [.. FrontMatterReader.RequiredKeys] },
        { "Baustein-Seite", "typ: baustein", [.. FrontMatterReader.RequiredKeys, .. FrontMatterReader.BausteinRequiredKeys] },
        { "Ebenen-Seite", "typ: ebene", [.. FrontMatterReader.RequiredKeys, .. FrontMatterReader.EbeneRequiredKeys] },
        { "Änderung", "title: T\nversion: '1'\nstand: 2026-01-01\naenderungen:\n  - {}", [.. FrontMatterReader.ChangeRequiredKeys] },
        { ContentLayout.TaxonomyFile, "status:\n  - {}", [.. Taxonomy.TermRequiredKeys] },
        { ContentLayout.GlossaryFile, "{}", [.. GlossaryData.RequiredKeys] },
        { ContentLayout.GlossaryFile, "begriffe:\n  - {}", [.. GlossaryData.TermRequiredKeys] },
        { ContentLayout.GlossaryFile, "begriffe:\n  - id: a\n    begriff: A\n    kurz: k\n    definition: d\n    quellen:\n      - {}", [.. GlossaryData.SourceRequiredKeys] },
        { ContentLayout.MilestonesFile, "{}", [.. MilestonePlan.RequiredKeys] },
        { ContentLayout.MilestonesFile, "planungsstaende:\n  - {}", [.. MilestonePlan.StateRequiredKeys] },
        { ContentLayout.MilestonesFile, "planungsstaende:\n  - id: p\n    titel: P\n    meilensteine:\n      - {}", [.. MilestonePlan.MilestoneRequiredKeys] },
        { ContentLayout.SteckbriefFile, "weitere_informationen:\n  - {}", [.. SteckbriefReader.RequiredKeys, .. SteckbriefReader.LinkRequiredKeys] },
        { ContentLayout.SiteFile, "{}", [] },
    };

    [Theory]
    [MemberData(nameof(RequiredProbes))]
    public void TheDeclaredRequiredKeys_AreExactlyTheOnesTheReaderReportsMissing(string what, string yaml, string[] declared)
    {
        var sink = new List<Core.Diagnostics.Diagnostic>();
        var map = BrokenContentSchemaTests.Map(yaml, sink);
        var taxonomy = Taxonomy.Empty;
        Action<YamlMap> read = what switch
        {
            ContentLayout.TaxonomyFile => m => Taxonomy.Read(m),
            ContentLayout.GlossaryFile => m => GlossaryData.Read(m),
            ContentLayout.MilestonesFile => m => MilestonePlan.Read(m, taxonomy),
            ContentLayout.SteckbriefFile => m => SteckbriefReader.Read(m, MilestonePlan.Empty),
            ContentLayout.SiteFile => m => SiteConfig.Read(m),
            _ => m => FrontMatterReader.Read(m, taxonomy, null, new DateOnly(2026, 12, 1)),
        };

        read(map);

        var missing = sink.Select(d => Missing().Match(d.Message)).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);
        missing.ShouldBe(declared.Distinct().Order(StringComparer.Ordinal), what);
    }

    [Fact]
    public void AKeyTheReaderAllowsButTheSchemaDoesNotDescribe_StopsGeneration()
    {
        var allowed = new HashSet<string> { "titel", "neu" };

        Should.Throw<InvalidOperationException>(() => SchemaTypes.Mapping("x", allowed, [], ("titel", SchemaTypes.Text("Titel."))))
            .Message.ShouldContain("neu");
        Should.Throw<InvalidOperationException>(() => SchemaTypes.Mapping("x", allowed, ["fehlt"], ("titel", SchemaTypes.Text("T.")), ("neu", SchemaTypes.Text("N."))));
    }

    [Fact]
    public void TheEnums_ComeFromTheTaxonomy()
    {
        var taxonomy = Taxonomy.Empty with { Status = Taxonomy.Empty.Status with { Terms = [new TaxonomyTerm("eins", "Eins", "Eins", null, "", 0), new TaxonomyTerm("zwei", "Zwei", "Zwei", null, "", 1)] } };

        var schema = JsonNode.Parse(SchemaSet.Create(taxonomy, MilestonePlan.Empty).Single(s => s.FileName == SchemaSet.FrontMatterFile).Text)!;

        schema["$schema"]!.GetValue<string>().ShouldBe("https://json-schema.org/draft/2020-12/schema");
        schema["properties"]!["status"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(["eins", "zwei"]);
        schema["properties"]!["status"]!["description"]!.GetValue<string>().ShouldContain("Erlaubt: eins (Eins), zwei (Zwei).");
        schema["properties"]!["baustein"]!["enum"].ShouldBeNull("an open facet allows any text");
        schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ShouldBe(FrontMatterReader.AllowedKeys.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex("^Pflichtangabe '([^']+)' fehlt\\.$")]
    private static partial Regex Missing();
}
