using System.Collections.Immutable;
using SroDocs.Site.FrontMatter;
using SroDocs.Site.Markdown;

namespace SroDocs.Site.Navigation;

/// <summary>What the whole site knows about one page: enough for links, navigation and overviews.</summary>
public sealed record PageEntry(
    string Id,
    string Url,
    string Title,
    string Layout,
    int Weight,
    string Source,
    string? ContentPath,
    PageFrontMatter? FrontMatter,
    ImmutableArray<Heading> Headings);
