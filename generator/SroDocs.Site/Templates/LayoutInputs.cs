using Markdig;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Data;
using SroDocs.Site.Glossary;
using SroDocs.Site.Links;
using SroDocs.Site.Navigation;
using SroDocs.Site.Output;
using SroDocs.Site.Timeline;

namespace SroDocs.Site.Templates;

/// <summary>What every layout of a build is rendered from, gathered once per build.</summary>
public sealed record LayoutInputs(
    ThemeTemplates Templates,
    SiteIndex Index,
    SiteConfig Config,
    Taxonomy Taxonomy,
    GlossaryData Glossary,
    MilestonePlan Milestones,
    SiteInputs Inputs,
    MarkdownPipeline Markdown)
{
    public AbsoluteUrls Urls { get; } = new(Inputs.BaseUrl ?? Config.BaseUrl, Inputs.UrlPrefix);

    public LinkResolver Resolver { get; } = new(Index, Glossary);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int Depth, string FirstSegment), Chrome> _chrome = new();

    /// <summary>
    /// The parts of a page that depend only on where it sits (how deep, and below which top-level folder): site header,
    /// main navigation, the way to the root and the feed. Their links only ever share the first folder with the page,
    /// so they are made once per depth and first folder, not once per page.
    /// </summary>
    public Chrome ChromeFor(Navigation.PageEntry page)
    {
        var folder = page.Url[..(page.Url.LastIndexOf('/') + 1)];
        var segments = folder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return _chrome.GetOrAdd((segments.Length, segments.FirstOrDefault() ?? ""), _ =>
        {
            var links = new PageLinks(Index, folder);
            var section = Index.MainNavigation.FirstOrDefault(p => folder.StartsWith(p.Url, StringComparison.Ordinal))?.Url;
            return new Chrome(
                new Views.SiteView(Config.Title, Config.Subtitle, Config.Publisher, Config.Contact.Office, Config.Contact.Email, Config.Contact.Web, Index.Home is null ? null : links.To("/"))
                {
                    SearchHref = SearchPageLink(folder),
                    LeichteSpracheHref = SitePage(Pages.ServicePages.LeichteSprache, folder),
                    GebaerdenspracheHref = SitePage(Pages.ServicePages.Gebaerdensprache, folder),
                    LegalLinks = [.. Pages.ServicePages.Legal.Select(p => (p.Title, Href: SitePage(p.Id, folder))).Where(l => l.Href is not null).Select(l => new Views.LinkView(l.Title, l.Href!))],
                },
                [.. Index.MainNavigation.Select(p => new Views.NavItem(Typography.GermanCompounds.SoftHyphenate(p.Title), links.To(p.Url), p.Url == section))],
                Content.SiteUrls.ToRoot(folder),
                links.To("/" + Pages.DataPages.FeedPath));
        });
    }

    /// <summary>The search page of the publication (the current state's), preselecting the Fassung a page of one links from; null without search.</summary>
    private string? SearchPageLink(string folder)
    {
        if (Inputs.Search is null)
        {
            return null;
        }

        // The current state has the search page itself; a Fassung links the current state's, with itself preselected.
        return Inputs.Edition is { This.IsCurrent: false } edition
            ? $"{Content.SiteUrls.Relative(edition.This.SitePath(folder), edition.Editions.Current.SitePath(Search.SearchPage.Url))}?{Search.SearchPage.FassungParameter}={Uri.EscapeDataString(edition.This.Key)}"
            : SitePage(Search.SearchPage.Id, folder);
    }

    /// <summary>
    /// The link from <paramref name="folder"/> to a page of the site as a whole by its id: in a publication the current
    /// state's page (a Fassung links the accessibility statement that applies today), else this site's own; null without one.
    /// </summary>
    private string? SitePage(string id, string folder)
    {
        if (Inputs.Edition is { This.IsCurrent: false } edition)
        {
            return edition.Editions.Current.PageUrls.TryGetValue(id, out var url) ? Content.SiteUrls.Relative(edition.This.SitePath(folder), url) : null;
        }

        return Index.ById(id) is { } page ? Content.SiteUrls.Relative(folder, page.Url) : null;
    }

    /// <summary>The values <see cref="From"/> reads; a step that uses it declares them.</summary>
    public static readonly Core.Documents.IDataKey[] Reads =
    [
        SiteValues.Templates, SiteValues.Index, SiteValues.Config, SiteValues.Taxonomy, SiteValues.Glossary,
        SiteValues.Milestones, SiteValues.Inputs, SiteValues.Markdown,
    ];

    public static LayoutInputs From(StepContext context) => new(
        context.Read(SiteValues.Templates),
        context.Read(SiteValues.Index),
        context.Read(SiteValues.Config),
        context.Read(SiteValues.Taxonomy),
        context.Read(SiteValues.Glossary),
        context.Read(SiteValues.Milestones),
        context.Read(SiteValues.Inputs),
        context.Read(SiteValues.Markdown));
}

/// <summary>What pages in one folder share: header, navigation, root and feed links.</summary>
public sealed record Chrome(Views.SiteView Site, IReadOnlyList<Views.NavItem> Nav, string Root, string FeedHref);
