using SroDocs.Site.Content;
using SroDocs.Site.Navigation;

namespace SroDocs.Site.Templates;

/// <summary>Links from one page to others, relative to that page, found through the site index.</summary>
public sealed class PageLinks(SiteIndex index, string fromUrl)
{
    public SiteIndex Index => index;

    public string To(string siteUrl) => SiteUrls.Relative(fromUrl, siteUrl);

    /// <summary>The link to the page of a Baustein (by taxonomy id), or null when it has none.</summary>
    public string? Baustein(string id) => index.BausteinPage(id) is { } page ? To(page.Url) : null;

    /// <summary>The link to the page of an Ebene (by taxonomy id), or null when it has none.</summary>
    public string? Ebene(string id) => index.EbenePage(id) is { } page ? To(page.Url) : null;
}
