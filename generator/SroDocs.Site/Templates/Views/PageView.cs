namespace SroDocs.Site.Templates.Views;

/// <summary>
/// What a layout sees, as typed records: templates write <c>{{page.title}}</c> (names are camelCase in templates),
/// and a name no record has is an error naming the template. All decisions are made in C#; templates only print.
/// </summary>
public sealed record PageView
{
    public required SiteView Site { get; init; }

    public required PageFacts Page { get; init; }

    /// <summary>The relative path from the page to the site root, e.g. <c>../../</c>.</summary>
    public required string Root { get; init; }

    public required string Canonical { get; init; }

    /// <summary>The description and Open Graph facts of the page's head.</summary>
    public required MetaView Meta { get; init; }

    /// <summary>The text of <c>&lt;title&gt;</c>: "Seite – Website", on the home page only the site's title.</summary>
    public required string DocumentTitle { get; init; }

    public required string FeedHref { get; init; }

    public required IReadOnlyList<NavItem> Nav { get; init; }

    public required IReadOnlyList<LinkView> Breadcrumbs { get; init; }

    public required IReadOnlyList<TocItem> Toc { get; init; }

    public required bool HasToc { get; init; }

    /// <summary>The page body as HTML (printed with <c>{{{content}}}</c>); a layout split around it gets the body written in place.</summary>
    public string Content { get; init; } = "";

    public required IReadOnlyList<PageSummary> Children { get; init; }

    public required string ReferenceDate { get; init; }

    public required LinkView? Prev { get; init; }

    public required LinkView? Next { get; init; }

    /// <summary>Banner, switcher and root hash of the edition this page belongs to; null on a site without Fassungen.</summary>
    public EditionView? Edition { get; init; }

    /// <summary>The edition the search files this page under (its label); null for a page the search leaves out.</summary>
    public string? IndexedAs { get; init; }

    /// <summary>When the page's file last changed and where to edit it; null for generated pages and in Fassungen.</summary>
    public PageSourceView? Source { get; init; }

    /// <summary>The data of the page's kind (matrix, timeline, glossary …), or null.</summary>
    public required object? Data { get; init; }

    /// <summary>The rendered layout, for <c>baseof.hbs</c> (<c>{{{main}}}</c>).</summary>
    public string Main { get; init; } = "";
}

public sealed record SiteView(string Title, string Subtitle, string Publisher, string Office, string Email, string Web, string? HomeHref)
{
    /// <summary>The page in Leichte Sprache, linked from the header of every page; null where the site has none.</summary>
    public string? LeichteSpracheHref { get; init; }

    /// <summary>The page in Deutsche Gebärdensprache, linked from the header of every page; null where the site has none.</summary>
    public string? GebaerdenspracheHref { get; init; }

    /// <summary>The search page (of the current state, preselecting this Fassung where the page is one's); null where the site has no search.</summary>
    public string? SearchHref { get; init; }

    public bool HasServiceLinks => SearchHref is not null || LeichteSpracheHref is not null || GebaerdenspracheHref is not null;

    /// <summary>The pages a public body must have (accessibility statement, legal notice, privacy), linked from every footer.</summary>
    public IReadOnlyList<LinkView> LegalLinks { get; init; } = [];
}

public sealed record PageFacts(
    string Id,
    string Title,
    string Heading,
    string? Description,
    string Layout,
    string? Type,
    string? TypeLabel,
    string? Status,
    string? StatusId,
    string? StatusDescription,
    int? Zyklus,
    string? Version,
    string? Stand,
    string? StandIso,
    bool HasFacts,
    IReadOnlyList<NamedLink> Ebenen,
    IReadOnlyList<NamedLink> Regionen,
    IReadOnlyList<NamedLink> Schwerpunkte)
{
    /// <summary>The listing page of the page's status, where the site has one.</summary>
    public string? StatusHref { get; init; }

    /// <summary>The Baustein the search files this page under (a Baustein page's title); null on other pages.</summary>
    public string? BausteinFilter { get; init; }
}

/// <summary>The head's description and Open Graph facts.</summary>
/// <param name="Description">Plain text of about 160 characters at most; null when the page has no text to describe it.</param>
/// <param name="Type">The Open Graph type: <c>website</c> for the home page, <c>article</c> for the others.</param>
/// <param name="Url">The page's absolute address; null when the site's public address is not configured.</param>
/// <param name="NoIndex">True for pages search engines should not keep (the 404 page).</param>
public sealed record MetaView(string? Description, string Type, string? Url, bool NoIndex = false);

public sealed record NavItem(string Title, string Href, bool Current);

public sealed record LinkView(string Title, string Href);

/// <summary>A name that links where its target exists.</summary>
public sealed record NamedLink(string Name, string? Href);

public sealed record TocItem(string Text, string Href, bool Sub);

/// <summary>A page as listed on others (children, Bausteine).</summary>
public sealed record PageSummary(string Title, string Href, string? Description, string? Status, int? Zyklus, string? StatusId = null);
