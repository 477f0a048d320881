namespace SroDocs.Site.Pages;

/// <summary>
/// A page the build makes from data, without a Markdown file. Generators may make any number of them
/// (one per facet value, one per pair of Fassungen …); each has its own id, address and kind.
/// </summary>
/// <param name="InMainNavigation">True when the page is listed in the main navigation (top-level pages only).</param>
public sealed record GeneratedPage(string Id, string Url, string Title, string Description, int Weight, PageKind Kind, bool InMainNavigation)
{
    /// <summary>False for a page that is written but belongs to no listing: not in navigation, reading order or sitemap (the 404 page).</summary>
    public bool Listed { get; init; } = true;

    /// <summary>
    /// What the page is made from besides its id, address, title, kind and the values its generator reads: a hash of
    /// files its kind reads itself (a Synopse: the texts of two editions). Empty when there are none.
    /// </summary>
    public string MadeFrom { get; init; } = "";
}
