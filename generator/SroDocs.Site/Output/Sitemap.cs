using System.Xml.Linq;
using SroDocs.Site.Navigation;
using SroDocs.Site.Templates;

namespace SroDocs.Site.Output;

/// <summary>The sitemap.xml of all pages, with the page's Stand as last modification where known.</summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Build(SiteIndex index, AbsoluteUrls urls)
    {
        var root = new XElement(Ns + "urlset", index.Pages.OrderBy(p => p.Url, StringComparer.Ordinal).Select(page =>
            new XElement(Ns + "url",
                new XElement(Ns + "loc", urls.Of(page.Url)),
                page.FrontMatter?.Stand is { } stand ? new XElement(Ns + "lastmod", GermanFormat.Iso(stand)) : null)));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + root;
    }
}
