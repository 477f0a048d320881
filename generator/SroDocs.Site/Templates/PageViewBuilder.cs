using System.Collections.Immutable;
using SroDocs.Site.Content;
using SroDocs.Site.Markdown;
using SroDocs.Site.Navigation;
using SroDocs.Site.Pages;
using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.Templates;

/// <summary>
/// Builds the view of one page: site, page facts, navigation, breadcrumbs, table of contents, previous/next, and the
/// data of the page's kind. Everything is a lookup in the site index: the cost does not grow with the site.
/// </summary>
public static class PageViewBuilder
{
    /// <param name="excerpt">The first paragraph's text, the description where the page has none of its own.</param>
    public static PageView Build(LayoutInputs inputs, PageRenderContext context, ImmutableArray<Heading> headings, object? data, string? excerpt = null)
    {
        var page = context.Page;
        var links = context.Links;
        var index = inputs.Index;
        var order = index.ReadingOrder;
        var position = index.ReadingPositionOf(page);
        var chrome = inputs.ChromeFor(page);
        return new PageView
        {
            Site = chrome.Site,
            Page = Facts(inputs, page, links),
            Root = chrome.Root,
            Canonical = inputs.Urls.Of(page.Url),
            Meta = Meta(inputs, page, excerpt),
            DocumentTitle = page.Title == chrome.Site.Title || page.Url == "/" ? chrome.Site.Title : $"{page.Title} – {chrome.Site.Title}",
            FeedHref = chrome.FeedHref,
            Nav = chrome.Nav,
            Breadcrumbs = [.. index.AncestorsOf(page).Select(p => new LinkView(p.Title, links.To(p.Url)))],
            Toc = [.. headings.Where(h => h.Level <= 3).Select(h => new TocItem(h.Text, "#" + h.Anchor, h.Level == 3)), .. GeneratedSections(page)],
            HasToc = headings.Count(h => h.Level == 2) + GeneratedSections(page).Length >= 2,
            Children = [.. index.ChildrenOf(page.Url).Select(context.Summary)],
            ReferenceDate = GermanFormat.Date(inputs.Inputs.ReferenceDate),
            Prev = position is > 0 and var p1 ? new LinkView(order[p1 - 1].Title, links.To(order[p1 - 1].Url)) : null,
            Next = position is { } p2 && p2 < order.Length - 1 ? new LinkView(order[p2 + 1].Title, links.To(order[p2 + 1].Url)) : null,
            Data = data,
            Source = History.PageSourceViews.For(inputs, page),
            Edition = page.Kind.LinksFromSiteRoot ? null : Publishing.EditionViews.For(inputs.Inputs.Edition, page),
            IndexedAs = inputs.Inputs.Search is not null && page.Kind.Searchable ? inputs.Inputs.EditionLabel : null,
        };
    }

    /// <summary>
    /// Description and Open Graph facts: the description from front matter or the generator, else the first paragraph;
    /// the page's absolute address only where the site's public address is configured (a made-up one would mislead).
    /// </summary>
    private static MetaView Meta(LayoutInputs inputs, PageEntry page, string? excerpt)
    {
        var description = page.Description is { Length: > 0 } own ? Markdown.PageExcerpt.Shorten(own) : excerpt is { Length: > 0 } ? excerpt : null;
        var knowsAddress = inputs.Inputs.BaseUrl is not null || inputs.Config.HasBaseUrl;
        return new MetaView(description, page.Url == "/" ? "website" : "article", knowsAddress ? inputs.Urls.Of(page.Url) : null, page.Kind.NoIndex);
    }

    /// <summary>Sections a layout adds after the page's own text, so the table of contents lists them too.</summary>
    private static TocItem[] GeneratedSections(PageEntry page) =>
        page.Kind == ContentKinds.Ebene ? [new TocItem("Bausteine auf dieser Ebene", "#bausteine-der-ebene", false)] : [];

    private static PageFacts Facts(LayoutInputs inputs, PageEntry page, PageLinks links)
    {
        var frontMatter = page.FrontMatter;
        var taxonomy = inputs.Taxonomy;
        var status = frontMatter?.Status is { } s ? taxonomy.Status.Resolve(s) : null;
        return new PageFacts(
            page.Id,
            page.Title,
            Typography.GermanCompounds.SoftHyphenate(page.Title),
            page.Description,
            page.Layout,
            frontMatter?.Type.ToString().ToLowerInvariant(),
            page.Kind.Label,
            status?.Name,
            status?.Id,
            status?.Description,
            frontMatter?.Zyklus,
            frontMatter?.Version,
            frontMatter?.Stand is { } stand ? GermanFormat.Date(stand) : null,
            frontMatter?.Stand is { } iso ? GermanFormat.Iso(iso) : null,
            frontMatter is not null && (frontMatter.Status is not null || frontMatter.Version is not null),
            [.. (frontMatter?.Ebenen ?? []).Select(id => new NamedLink(taxonomy.Ebenen.Resolve(id)?.Name ?? id, links.Ebene(id)))],
            [.. (frontMatter?.Regionen ?? []).Select(id => new NamedLink(taxonomy.Regionen.Resolve(id)?.Name ?? id, Facets.FacetPages.Link(links, taxonomy, Facets.FacetPages.Regionen, id)))],
            [.. (frontMatter?.Schwerpunkte ?? []).Select(id => new NamedLink(taxonomy.Schwerpunkte.Resolve(id)?.Name ?? id, Facets.FacetPages.Link(links, taxonomy, Facets.FacetPages.Schwerpunkte, id)))])
        {
            StatusHref = status is null ? null : Facets.FacetPages.Link(links, taxonomy, Facets.FacetPages.Status, status.Id),
            BausteinFilter = page.Kind == ContentKinds.Baustein ? page.Title : null,
        };
    }
}
