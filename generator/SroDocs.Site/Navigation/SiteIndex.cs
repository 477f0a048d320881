using System.Collections.Frozen;
using System.Collections.Immutable;
using SroDocs.Site.FrontMatter;
using SroDocs.Site.Pages;

namespace SroDocs.Site.Navigation;

/// <summary>
/// Every page and copied file of the site, known before anything is rendered: the basis of link resolution,
/// navigation, breadcrumbs, previous/next and the overview pages. Everything a page asks of it is a lookup,
/// so rendering stays linear in the number of pages.
/// </summary>
public sealed class SiteIndex
{
    // Lookups built once and never changed: plain dictionaries are the cheapest to build and to read.
    private readonly Dictionary<string, PageEntry> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PageEntry> _byContentPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PageEntry> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<PageEntry>> _children;
    private readonly Dictionary<string, int> _readingPosition = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PageEntry> _bausteinPages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PageEntry> _ebenePages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<PageEntry>> _bausteinPagesByEbene;
    private readonly Dictionary<PageKind, PageEntry> _firstOfKind = [];

    public SiteIndex(IEnumerable<PageEntry> pages, IEnumerable<string> files)
    {
        // German order of titles (ä with a, ignoring case), from one sort key per page instead of a culture comparison
        // per pair; the keys are made side by side, in the pages' order, so the stable sort keeps ties as given.
        var compare = Templates.GermanFormat.Culture.CompareInfo;
        var ordered = pages.AsParallel().AsOrdered().Select(p => (Page: p, Key: compare.GetSortKey(p.Title, System.Globalization.CompareOptions.IgnoreCase))).ToList()
            .OrderBy(x => x.Page.Weight).ThenBy(x => x.Key, Comparer<System.Globalization.SortKey>.Create(System.Globalization.SortKey.Compare))
            .Select(x => x.Page).ToImmutableArray();
        foreach (var page in ordered)
        {
            _byId.TryAdd(page.Id, page);
            _byUrl.TryAdd(page.Url, page);
            _firstOfKind.TryAdd(page.Kind, page);
            if (page.ContentPath is not null)
            {
                _byContentPath.TryAdd(page.ContentPath, page);
            }

            switch (page.FrontMatter)
            {
                case { Type: PageType.Baustein, Baustein: { } baustein }:
                    _bausteinPages.TryAdd(baustein, page);
                    break;
                case { Type: PageType.Ebene, Ebene: { } ebene }:
                    _ebenePages.TryAdd(ebene, page);
                    break;
            }
        }

        _children = ordered.Where(p => p.Url != "/" && p.Listed).GroupBy(NearestAncestorUrl, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        Files = files.ToFrozenSet(StringComparer.Ordinal);
        ReadingOrder = Flatten().ToImmutableArray();
        for (var i = 0; i < ReadingOrder.Length; i++)
        {
            _readingPosition[ReadingOrder[i].Url] = i;
        }

        BausteinPages = ordered.Where(p => p.FrontMatter is { Type: PageType.Baustein }).ToImmutableArray();
        _bausteinPagesByEbene = BausteinPages.SelectMany(p => p.FrontMatter!.Ebenen.Select(e => (Ebene: e, Page: p)))
            .GroupBy(x => x.Ebene).ToDictionary(g => g.Key, g => g.Select(x => x.Page).ToImmutableArray(), StringComparer.Ordinal);
        MainNavigation = ChildrenOf("/").Where(p => p.InMainNavigation && p.Url.Count(c => c == '/') == 2).ToImmutableArray();
        Pages = ordered;
    }

    /// <summary>All pages, by weight then title.</summary>
    public ImmutableArray<PageEntry> Pages { get; }

    /// <summary>Output paths of copied files (assets, images), relative to the site root.</summary>
    public FrozenSet<string> Files { get; }

    /// <summary>The home page and every page below it, depth first: the order of previous/next.</summary>
    public ImmutableArray<PageEntry> ReadingOrder { get; }

    /// <summary>The pages of the main navigation: top-level sections, generated pages and pages that ask for it.</summary>
    public ImmutableArray<PageEntry> MainNavigation { get; }

    /// <summary>Every Baustein page, by weight then title.</summary>
    public ImmutableArray<PageEntry> BausteinPages { get; }

    public PageEntry? Home => ByUrl("/");

    public PageEntry? ById(string id) => _byId.GetValueOrDefault(id);

    public PageEntry? ByContentPath(string path) => _byContentPath.GetValueOrDefault(path);

    public PageEntry? ByUrl(string url) => _byUrl.GetValueOrDefault(url);

    /// <summary>The first page of a kind (e.g. the glossary), if the site has one.</summary>
    public PageEntry? OfKind(PageKind kind) => _firstOfKind.GetValueOrDefault(kind);

    /// <summary>The position of a page in <see cref="ReadingOrder"/>, or null when it is not in it.</summary>
    public int? ReadingPositionOf(PageEntry page) => _readingPosition.TryGetValue(page.Url, out var position) ? position : null;

    /// <summary>The page of a Baustein (by taxonomy id), if there is one.</summary>
    public PageEntry? BausteinPage(string id) => _bausteinPages.GetValueOrDefault(id);

    /// <summary>The page of an Ebene (by taxonomy id), if there is one.</summary>
    public PageEntry? EbenePage(string id) => _ebenePages.GetValueOrDefault(id);

    /// <summary>The Baustein pages that work on an Ebene.</summary>
    public ImmutableArray<PageEntry> BausteinPagesOf(string ebeneId) => _bausteinPagesByEbene.GetValueOrDefault(ebeneId, []);

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

    /// <summary>Depth first from the home page, without recursion (deep trees cannot overflow the stack).</summary>
    private IEnumerable<PageEntry> Flatten()
    {
        if (Home is not { } home)
        {
            yield break;
        }

        var pending = new Stack<PageEntry>();
        pending.Push(home);
        while (pending.Count > 0)
        {
            var page = pending.Pop();
            yield return page;
            var children = ChildrenOf(page.Url);
            for (var i = children.Length - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
    }
}
