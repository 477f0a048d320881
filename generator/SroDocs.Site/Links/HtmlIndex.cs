using System.Collections.Immutable;

namespace SroDocs.Site.Links;

/// <summary>
/// What the rendered HTML really contains, per output file: its element ids (the only truth about anchors),
/// the links and resources it refers to, and ids used more than once.
/// </summary>
public sealed record HtmlIndex(ImmutableDictionary<string, RenderedPage> Pages)
{
    public bool HasAnchor(string destination, string anchor) =>
        Pages.TryGetValue(destination, out var page) && page.Ids.Contains(anchor);

    public IEnumerable<string> AnchorsOf(string destination) =>
        Pages.TryGetValue(destination, out var page) ? page.Ids : [];
}

/// <summary>One rendered HTML file: ids, references (tag, attribute value) and duplicate ids.</summary>
public sealed record RenderedPage(string Source, ImmutableHashSet<string> Ids, ImmutableArray<HtmlReference> References, ImmutableArray<string> DuplicateIds);

/// <summary>A link or resource in rendered HTML: <c>a href</c>, <c>img src</c>, <c>link href</c> …</summary>
public sealed record HtmlReference(string Tag, string Url, bool LoadsResource);
