using SroDocs.Core.Diagnostics;
using SroDocs.Site.Navigation;

namespace SroDocs.Site.Links;

/// <summary>What a link points to.</summary>
public abstract record LinkResolution
{
    /// <summary>An address outside the site; left as written.</summary>
    public static readonly LinkResolution External = new ExternalLink();

    public static LinkResolution ToPage(PageEntry page, string? anchor) => new PageLink(page, string.IsNullOrEmpty(anchor) ? null : anchor);

    public static LinkResolution ToFile(string siteUrl, string? anchor) => new FileLink(siteUrl, anchor);

    public static LinkResolution Broken(Diagnostic problem) => new BrokenLink(problem);
}

public sealed record ExternalLink : LinkResolution;

/// <summary>A page of the site, with an anchor that is checked once every page is rendered.</summary>
public sealed record PageLink(PageEntry Page, string? Anchor) : LinkResolution
{
    public string SiteUrl => Href.WithFragment(Page.Url, Anchor);
}

/// <summary>A copied file of the site.</summary>
public sealed record FileLink(string SiteUrl, string? Anchor) : LinkResolution;

/// <summary>Nothing: <paramref name="Problem"/> (from <see cref="Diagnostics.LinkDiagnostics"/>, not yet placed) explains why.</summary>
public sealed record BrokenLink(Diagnostic Problem) : LinkResolution;
