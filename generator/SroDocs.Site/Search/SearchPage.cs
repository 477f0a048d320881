using System.Text.Json;
using SroDocs.Core.Documents;
using SroDocs.Core.IO;
using SroDocs.Site.Pages;
using SroDocs.Site.Publishing;
using SroDocs.Site.Templates;

namespace SroDocs.Site.Search;

/// <summary>
/// The search page at <c>/suche/</c>, made only where the publication is indexed (<see cref="SiteInputs.Search"/>) and
/// only in the current state: Fassungen link to it and preselect themselves in its Fassung filter.
/// </summary>
public sealed class SearchPage : IPageGenerator
{
    public const string Id = "suche";
    public const string Url = "/suche/";

    /// <summary>The query parameter that preselects a Fassung (its key, e.g. <c>2026-bv-1234</c>).</summary>
    public const string FassungParameter = "fassung";

    public static readonly PageKind Kind = new SearchKind();

    public IReadOnlyList<IDataKey> Reads => [SiteValues.Inputs];

    public IReadOnlyList<PageKind> Kinds => [Kind];

    public IEnumerable<GeneratedPage> Generate(GeneratorContext context)
    {
        var inputs = context.Read(SiteValues.Inputs);
        if (inputs.Search is not null && !inputs.IsFassung)
        {
            yield return new GeneratedPage(Id, Url, "Suche", "Volltextsuche in allen Seiten des Fachkonzepts und in seinen beschlossenen Fassungen.", 90, Kind, false);
        }
    }

    private sealed class SearchKind() : PageKind("suche")
    {
        public override bool MarksGlossaryTerms => false;

        public override bool Searchable => false;

        public override object BuildData(PageRenderContext context)
        {
            var editions = context.Inputs.Edition?.Editions;
            var fassungen = editions is null
                ? [new SearchEdition(Edition.CurrentKey, Edition.CurrentLabel)]
                : editions.NewestFirst.Select(e => new SearchEdition(e.Key, e.Label)).ToList();
            var abbreviations = context.Glossary.Terms
                .Where(t => t.Abbreviation is not null)
                .Select(t => new[] { t.Abbreviation!, t.Term })
                .ToList();
            return new SearchView(
                context.Links.To("/" + SearchTool.Folder + "/pagefind.js"),
                context.Inputs.UrlPrefix,
                JsonSerializer.Serialize(abbreviations, StringJson.Default.ListStringArray),
                fassungen,
                context.Links.To(Pages.DataPages.OverviewPage.Url),
                Facets.FacetPages.IndexLink(context.Links),
                context.Links.To(Pages.DataPages.GlossaryPage.Url));
        }
    }
}

/// <summary>
/// What the search page needs: where Pagefind's script is, the address all result paths are relative to, the glossary's
/// abbreviations with their long forms (JSON, so a query for one also finds the other), the editions to filter by,
/// and the entry points that work without JavaScript.
/// </summary>
public sealed record SearchView(string ScriptHref, string BaseUrl, string AbbreviationsJson, IReadOnlyList<SearchEdition> Editions,
    string OverviewHref, string? FacetsHref, string GlossaryHref);

/// <summary>An edition in the search's Fassung filter: its key (for <c>?fassung=</c>) and the label it is indexed under.</summary>
public sealed record SearchEdition(string Key, string Label);
