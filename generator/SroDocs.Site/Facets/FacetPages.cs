using SroDocs.Core.Documents;
using SroDocs.Site.Data;
using SroDocs.Site.Pages;
using SroDocs.Site.Templates;
using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.Facets;

/// <summary>
/// A listing page for every value of the facets status, Modellregion and Schwerpunkt (the Ebenen have their own
/// content pages), and one page that lists them all. They come from the taxonomy: a new value in
/// <c>_data/taxonomie.yml</c> makes a new page, linked from the facts of every page that carries it.
/// </summary>
public sealed class FacetPages : IPageGenerator
{
    public const string IndexUrl = "/merkmale/";

    public static readonly PageKind Index = new IndexKind();
    public static readonly PageKind Value = new ValueKind();

    public IReadOnlyList<IDataKey> Reads => [SiteValues.Taxonomy];

    public IReadOnlyList<PageKind> Kinds => [Index, Value];

    public IEnumerable<GeneratedPage> Generate(GeneratorContext context)
    {
        var taxonomy = context.Read(SiteValues.Taxonomy);
        var values = ListedFacet.All(taxonomy).SelectMany(f => f.Facet.Terms.Select(t => (Facet: f, Term: t))).ToList();
        if (values.Count == 0)
        {
            yield break;
        }

        yield return new GeneratedPage("merkmale", IndexUrl, "Seiten nach Merkmalen",
            "Alle Seiten des Fachkonzepts nach Ebene, Status, Modellregion und Schwerpunkt.", 35, Index, false);
        foreach (var (facet, term) in values)
        {
            yield return new GeneratedPage(facet.PageId(term.Id), facet.Url(term.Id), facet.Title(term), facet.Description(term), term.Order, Value, false);
        }
    }

    public const string Status = "status";
    public const string Regionen = "modellregionen";
    public const string Schwerpunkte = "schwerpunkte";

    /// <summary>
    /// The link to the listing page of a value of the facet <paramref name="segment"/> (<see cref="Status"/>,
    /// <see cref="Regionen"/>, <see cref="Schwerpunkte"/>), as seen from <paramref name="links"/>' page; null where the site has no such page.
    /// </summary>
    public static string? Link(PageLinks links, Taxonomy taxonomy, string segment, string valueId)
    {
        var facet = ListedFacet.All(taxonomy).First(f => f.Segment == segment);
        return facet.Facet.Find(valueId) is { } term && links.Index.ById(facet.PageId(term.Id)) is not null ? links.To(facet.Url(term.Id)) : null;
    }

    /// <summary>The link to the page of all facets, where the site has it.</summary>
    public static string? IndexLink(PageLinks links) => links.Index.ByUrl(IndexUrl) is null ? null : links.To(IndexUrl);

    /// <summary>The pages that carry <paramref name="valueId"/> in the facet, in reading order.</summary>
    private static IEnumerable<Navigation.PageEntry> PagesWith(PageRenderContext context, ListedFacet facet, string valueId) =>
        context.Index.ReadingOrder.Where(p => p.FrontMatter is { } fm && facet.ValuesOf(fm).Contains(valueId));

    private sealed class IndexKind() : PageKind("merkmale")
    {
        public override bool Searchable => false;

        public override object BuildData(PageRenderContext context)
        {
            var ebenen = new FacetGroup("Ebenen", "ebenen",
                [.. context.Taxonomy.Ebenen.Terms.Select(t => new FacetValueLink(t.Name, context.Links.Ebene(t.Id), context.Index.BausteinPagesOf(t.Id).Length))]);
            var listed = ListedFacet.All(context.Taxonomy).Select(f => new FacetGroup(f.PluralLabel, f.Segment,
                [.. f.Facet.Terms.Select(t => new FacetValueLink(t.Name, context.Links.To(f.Url(t.Id)), PagesWith(context, f, t.Id).Count()))]));
            return new FacetIndexData([ebenen, .. listed]);
        }
    }

    private sealed class ValueKind() : PageKind("merkmal")
    {
        public override bool Searchable => false;

        public override string Label => "Merkmal";

        public override object BuildData(PageRenderContext context)
        {
            var (facet, term) = ListedFacet.All(context.Taxonomy)
                .SelectMany(f => f.Facet.Terms.Select(t => (Facet: f, Term: t)))
                .First(v => v.Facet.PageId(v.Term.Id) == context.Page.Id);
            var pages = PagesWith(context, facet, term.Id).Select(context.Summary).ToList();
            var others = facet.Facet.Terms.Where(t => t.Id != term.Id).Select(t => new LinkView(t.Name, context.Links.To(facet.Url(t.Id)))).ToList();
            return new FacetValueData(facet.Label, term.Name, term.Description is { Length: > 0 } d ? d : null, pages, pages.Count > 0,
                facet.PluralLabel, others, new LinkView("Alle Merkmale", context.Links.To(IndexUrl)));
        }
    }
}
