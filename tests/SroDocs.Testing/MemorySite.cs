using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Shouldly;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.IO;
using SroDocs.Site;

namespace SroDocs.Testing;

/// <summary>
/// A site that never touches the disk except for the real theme: content in memory, output in memory. For unit
/// tests of steps and of the engine; every build gets fresh inputs.
/// </summary>
public sealed class MemorySite
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    /// <summary>The minimal data files every page needs (taxonomy with one Baustein, one Ebene, the cycle).</summary>
    public static MemorySite WithTaxonomy() => new MemorySite()
        .Write("_data/taxonomie.yml", """
            ebenen:
              - id: e1
                name: Erste Ebene
                nummer: 1
            status:
              - id: planung
                name: Planung
              - id: erprobung
                name: Erprobung
            bausteine:
              - id: alpha
                name: Baustein Alpha
            """)
        .Write("_data/glossar.yml", """
            begriffe:
              - id: srae
                abkuerzung: SRAE
                begriff: Sozialräumliche Angebotsentwicklung
                kurz: Angebote im Sozialraum gemeinsam entwickeln.
                definition: Angebote werden im Sozialraum gemeinsam entwickelt.
            """);

    public MemorySite Write(string path, string text)
    {
        _files[path] = text.ReplaceLineEndings("\n");
        return this;
    }

    /// <summary>A page with valid front matter and the given Markdown body.</summary>
    public MemorySite Page(string path, string title, string body, string extraFrontMatter = "") =>
        Write(path, $"---\ntitle: {title}\nversion: \"1.0\"\nstand: 2025-01-01\n{extraFrontMatter}---\n\n{body}");

    public MemoryOutput Output { get; } = new();

    public SiteInputs Inputs(DateOnly? stand = null) =>
        new(MemoryContentSource.FromText(_files, "content/"), new PhysicalContentSource(RepositoryPaths.DefaultTheme, RepositoryPaths.Root))
        {
            ReferenceDate = stand ?? new DateOnly(2025, 7, 1),
            Output = Output,
            KeepPhaseOutputs = true,
        };

    public Task<SiteBuildResult> BuildAsync(SiteDefinition? site = null, Func<SiteInputs, SiteInputs>? settings = null)
    {
        var inputs = Inputs();
        return (site ?? SiteDefinition.Default()).BuildAsync(settings is null ? inputs : settings(inputs));
    }

    public async Task<SiteBuildResult> BuildCleanAsync(SiteDefinition? site = null, Func<SiteInputs, SiteInputs>? settings = null)
    {
        var result = await BuildAsync(site, settings);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        errors.ShouldBeEmpty(string.Join("\n", errors));
        return result;
    }

    public IHtmlDocument Html(string outputPath) => new HtmlParser().ParseDocument(Output.Text(outputPath));
}
