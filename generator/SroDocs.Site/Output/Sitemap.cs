using System.Xml.Linq;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Templates;

namespace SroDocs.Site.Output;

/// <summary>The sitemap.xml of all pages, with the page's Stand as last modification where known.</summary>
public sealed class Sitemap : ISiteFile
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public string Path => "sitemap.xml";

    public string Name => "Sitemap";

    public IReadOnlyList<IDataKey> Reads => [SiteValues.Index, SiteValues.Config, SiteValues.Inputs];

    public string Render(StepContext context)
    {
        var index = context.Read(SiteValues.Index);
        var urls = AbsoluteUrls.For(context);
        var root = new XElement(Ns + "urlset", index.Pages.Where(p => p.Listed).OrderBy(p => p.Url, StringComparer.Ordinal).Select(page =>
            new XElement(Ns + "url",
                new XElement(Ns + "loc", urls.Of(page.Url)),
                page.FrontMatter?.Stand is { } stand ? new XElement(Ns + "lastmod", GermanFormat.Iso(stand)) : null)));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + root;
    }
}
