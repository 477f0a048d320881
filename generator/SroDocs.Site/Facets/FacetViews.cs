using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.Facets;

/// <summary>The page of all facets: each facet with its values, their listing pages and how many pages carry them.</summary>
public sealed record FacetIndexData(IReadOnlyList<FacetGroup> Groups);

public sealed record FacetGroup(string Label, string Anchor, IReadOnlyList<FacetValueLink> Values);

/// <summary>A value with the link to its page (null where it has none) and the number of pages that carry it.</summary>
public sealed record FacetValueLink(string Name, string? Href, int Count)
{
    public string CountLabel => Count == 1 ? "1 Seite" : $"{Count} Seiten";
}

/// <summary>The page of one facet value: what it means, the pages that carry it, and the other values of the facet.</summary>
public sealed record FacetValueData(string FacetLabel, string Name, string? Description, IReadOnlyList<PageSummary> Pages, bool HasPages,
    string OthersLabel, IReadOnlyList<LinkView> Others, LinkView AllFacets);
