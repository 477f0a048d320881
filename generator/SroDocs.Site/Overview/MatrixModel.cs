using SroDocs.Site.Data;
using SroDocs.Site.Navigation;
using SroDocs.Site.Templates;
using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.Overview;

/// <summary>
/// The Baustein × Ebene overview: one row per Baustein page, one column per Ebene. A cell where the Baustein
/// works on the Ebene names the Baustein's status in words (never colour alone).
/// </summary>
public static class MatrixModel
{
    public static MatrixView Build(Taxonomy taxonomy, PageLinks links)
    {
        var bausteinPages = BausteinPages(taxonomy, links.Index);
        var ebenen = Ebenen(taxonomy, bausteinPages);

        var rows = bausteinPages.Select(page =>
        {
            var frontMatter = page.FrontMatter!;
            var status = frontMatter.Status is { } s ? taxonomy.Status.Resolve(s)?.Name ?? s : "ohne Status";
            return new MatrixRow(
                page.Title,
                links.To(page.Url),
                status,
                frontMatter.Status,
                frontMatter.Zyklus,
                [.. ebenen.Select(ebene => new MatrixCell(frontMatter.Ebenen.Contains(ebene.Id), ebene.Name, status, frontMatter.Status, frontMatter.Zyklus))]);
        }).ToList();

        return new MatrixView(
            [.. ebenen.Select(e => new MatrixColumn(e.Name, e.Number, links.Ebene(e.Id)))],
            rows,
            rows.Count == 0,
            [.. taxonomy.Status.Terms.Select(t => new StatusView(t.Id, t.Name, t.Description, Facets.FacetPages.Link(links, taxonomy, Facets.FacetPages.Status, t.Id)))])
        {
            FacetsHref = Facets.FacetPages.IndexLink(links),
        };
    }

    /// <summary>The rows of the overview: every Baustein page, in the taxonomy's order, then by weight (the open-data export lists them the same way).</summary>
    public static IReadOnlyList<PageEntry> BausteinPages(Taxonomy taxonomy, SiteIndex index) =>
        [.. index.BausteinPages
            .OrderBy(p => p.FrontMatter!.Baustein is { } id && taxonomy.Bausteine.Find(id) is { } term ? term.Order : int.MaxValue)
            .ThenBy(p => p.Weight)];

    /// <summary>The columns of the overview: the taxonomy's Ebenen, or those the pages name when the taxonomy has none.</summary>
    public static IReadOnlyList<TaxonomyTerm> Ebenen(Taxonomy taxonomy, IReadOnlyList<PageEntry> bausteinPages) =>
        taxonomy.Ebenen.Terms.IsEmpty
            ? [.. bausteinPages.SelectMany(p => p.FrontMatter!.Ebenen).Distinct().Select(id => taxonomy.Ebenen.Resolve(id)!)]
            : [.. taxonomy.Ebenen.Terms];
}
