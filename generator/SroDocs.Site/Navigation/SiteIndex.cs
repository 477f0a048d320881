using System.Collections.Immutable;
using System.Globalization;
using SroDocs.Site.FrontMatter;

namespace SroDocs.Site.Navigation;

/// <summary>
/// Every page and copied file of the site, known before anything is rendered: the basis of link
/// resolution, navigation, breadcrumbs, previous/next and the overview pages.
/// </summary>
public sealed class SiteIndex
{
    private readonly ImmutableDictionary<string, PageEntry> _byId;
    private readonly ImmutableDictionary<string, PageEntry> _byContentPath;
    private readonly ImmutableDictionary<string, PageEntry> _byUrl;
    private readonly ImmutableDictionary<string, ImmutableArray<PageEntry>> _children;

    public SiteIndex(IEnumerable<PageEntry> pages, IEnumerable<string> files)
    {
        var ordered = pages.OrderBy(p => p.Weight).ThenBy(p => p.Title, StringComparer.Create(Templates.GermanFormat.Culture, ignoreCase: true)).ToImmutableArray();
        _byId = ordered.GroupBy(p => p.Id).ToImmutableDictionary(g => g.Key, g => g.First());
        _byContentPath = ordered.Where(p => p.ContentPath is not null).ToImmutableDictionary(p => p.ContentPath!, p => p);
        _byUrl = ordered.GroupBy(p => p.Url).ToImmutableDictionary(g => g.Key, g => g.First());
        _children = ordered.Where(p => p.Url != "/").GroupBy(NearestAncestorUrl).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
        Files = files.ToImmutableHashSet(StringComparer.Ordinal);
        ReadingOrder = Flatten(Home).ToImmutableArray();
        _readingPosition = ReadingOrder.Select((page, i) => (page.Url, i)).ToImmutableDictionary(x => x.Url, x => x.i);
        _bausteinPages = ordered.Where(p => p.FrontMatter is { Type: PageType.Baustein, Baustein: not null })
            .GroupBy(p => p.FrontMatter!.Baustein!).ToImmutableDictionary(g => g.Key, g => g.First());
        _ebenePages = ordered.Where(p => p.FrontMatter is { Type: PageType.Ebene, Ebene: not null })
            .GroupBy(p => p.FrontMatter!.Ebene!).ToImmutableDictionary(g => g.Key, g => g.First());
        Pages = ordered;
    }

    private readonly ImmutableDictionary<string, int> _readingPosition;
    private readonly ImmutableDictionary<string, PageEntry> _bausteinPages;
    private readonly ImmutableDictionary<string, PageEntry> _ebenePages;

    /// <summary>The position of a page in <see cref="ReadingOrder"/>, or -1.</summary>
    public int ReadingPositionOf(PageEntry page) => _readingPosition.GetValueOrDefault(page.Url, -1);

    /// <summary>The page of a Baustein (by taxonomy id), if there is one.</summary>
    public PageEntry? BausteinPage(string id) => _bausteinPages.GetValueOrDefault(id);

    /// <summary>The page of an Ebene (by taxonomy id), if there is one.</summary>
    public PageEntry? EbenePage(string id) => _ebenePages.GetValueOrDefault(id);

    /// <summary>All pages, by weight then title.</summary>
    public ImmutableArray<PageEntry> Pages { get; }

    /// <summary>Output paths of copied files (assets, images), relative to the site root.</summary>
    public ImmutableHashSet<string> Files { get; }

    /// <summary>The home page and every page below it, depth first: the order of previous/next.</summary>
    public ImmutableArray<PageEntry> ReadingOrder { get; }

    public PageEntry? Home => ByUrl("/");

    public PageEntry? ById(string id) => _byId.GetValueOrDefault(id);

    public PageEntry? ByContentPath(string path) => _byContentPath.GetValueOrDefault(path);

    public PageEntry? ByUrl(string url) => _byUrl.GetValueOrDefault(url);

    /// <summary>The pages directly below a page, or the top-level pages for the home page.</summary>
    public ImmutableArray<PageEntry> ChildrenOf(string url) => _children.GetValueOrDefault(url, []);

    /// <summary>The pages from the home page down to (without) <paramref name="page"/> that exist.</summary>
    public IEnumerable<PageEntry> AncestorsOf(PageEntry page)
    {
        var chain = new List<PageEntry>();
        for (var url = ParentOf(page.Url); url is not null; url = ParentOf(url))
        {
            if (ByUrl(url) is { } ancestor)
            {
                chain.Add(ancestor);
            }
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>The URL of the closest existing page above <paramref name="page"/> (the home URL at the latest).</summary>
    private string NearestAncestorUrl(PageEntry page)
    {
        for (var url = ParentOf(page.Url); url is not null; url = ParentOf(url))
        {
            if (_byUrl.ContainsKey(url))
            {
                return url;
            }
        }

        return "/";
    }

    private static string? ParentOf(string url)
    {
        if (url == "/")
        {
            return null;
        }

        var trimmed = url.TrimEnd('/');
        return trimmed[..(trimmed.LastIndexOf('/') + 1)];
    }

    private IEnumerable<PageEntry> Flatten(PageEntry? page)
    {
        if (page is null)
        {
            yield break;
        }

        yield return page;
        foreach (var child in ChildrenOf(page.Url))
        {
            foreach (var descendant in Flatten(child))
            {
                yield return descendant;
            }
        }
    }
}
