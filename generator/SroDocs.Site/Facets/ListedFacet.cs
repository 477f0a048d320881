using SroDocs.Site.Data;
using SroDocs.Site.FrontMatter;

namespace SroDocs.Site.Facets;

/// <summary>A facet that gets listing pages: where they live, how they are titled, and which values a page carries.</summary>
public sealed record ListedFacet(Facet Facet, string Segment, string Label, string PluralLabel, string IdPrefix, Func<TaxonomyTerm, string> Title, Func<PageFrontMatter, IEnumerable<string>> ValuesOf)
{
    /// <summary>Status, Modellregionen and Schwerpunkte, in this order.</summary>
    public static IEnumerable<ListedFacet> All(Taxonomy taxonomy) =>
    [
        new(taxonomy.Status, FacetPages.Status, "Status", "Status im Zyklus", "status", t => $"Status: {t.Name}", fm => fm.Status is { } s ? [taxonomy.Status.Find(s)?.Id ?? s] : []),
        new(taxonomy.Regionen, FacetPages.Regionen, "Modellregion", "Modellregionen", "region", t => $"Modellregion {t.Name}", fm => fm.Regionen),
        new(taxonomy.Schwerpunkte, FacetPages.Schwerpunkte, "Schwerpunkt", "Schwerpunkte", "schwerpunkt", t => $"Schwerpunkt: {t.Name}", fm => fm.Schwerpunkte),
    ];

    public string Url(string valueId) => $"{FacetPages.IndexUrl}{Segment}/{valueId}/";

    public string PageId(string valueId) => $"merkmal-{IdPrefix}-{valueId}";

    public string Description(TaxonomyTerm term) => $"Alle Seiten des Fachkonzepts mit dem Merkmal {Label} „{term.Name}“.";
}
