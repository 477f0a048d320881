using SroDocs.Core.Documents;
using SroDocs.Site.FrontMatter;
using SroDocs.Site.Pages;

namespace SroDocs.Site.Navigation;

/// <summary>What the whole site knows about one page (from a Markdown file or generated): enough for links, navigation and overviews.</summary>
/// <param name="Description">One sentence for overviews, from front matter or the generator.</param>
/// <param name="ContentPath">The Markdown file's path in the content source; null for generated pages.</param>
/// <param name="FrontMatter">The Markdown page's front matter; null for generated pages.</param>
/// <param name="InMainNavigation">Listed in the main navigation (sections, generated pages, pages with <c>hauptnavigation: true</c>).</param>
public sealed record PageEntry(
    string Id,
    string Url,
    string Title,
    string? Description,
    PageKind Kind,
    int Weight,
    DocumentSource Source,
    string? ContentPath,
    PageFrontMatter? FrontMatter,
    bool InMainNavigation)
{
    /// <summary>False for a page that belongs to no listing: not in navigation, reading order, children or sitemap (the 404 page).</summary>
    public bool Listed { get; init; } = true;

    /// <summary>The layout: the one front matter names, else the kind's.</summary>
    public string Layout => FrontMatter?.Layout ?? Kind.Name;

    /// <summary>The output file: <c>/a/b/</c> → <c>a/b/index.html</c>.</summary>
    public string Destination => Content.ContentPaths.DestinationOf(Url);

    /// <summary>The first segment of the URL, e.g. <c>bausteine</c>; null for the home page.</summary>
    public string? Section => Url.Trim('/') is { Length: > 0 } path ? path.Split('/')[0] : null;
}
