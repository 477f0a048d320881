using System.Xml.Linq;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Templates;

namespace SroDocs.Site.Output;

/// <summary>
/// The sitemap.xml of the whole publication: every listed page of this build and, in a publication, every page of
/// every Fassung (built before the current state, see <see cref="Publishing.EditionContext.FassungPages"/>), each with
/// its last modification where known (<see cref="SitemapEntry.Of"/>). Written once, at the current state's root.
/// </summary>
public sealed class Sitemap : ISiteFile
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public string Path => "sitemap.xml";

    public string Name => "Sitemap";

    public IReadOnlyList<IDataKey> Reads => [SiteValues.Index, SiteValues.Config, SiteValues.Inputs];

    public bool IsWrittenFor(SiteInputs inputs) => !inputs.IsFassung;

    public string Render(StepContext context)
    {
        var inputs = context.Read(SiteValues.Inputs);
        var urls = AbsoluteUrls.For(context);
        var entries = SitemapEntry.Of(context.Read(SiteValues.Index), inputs).Concat(inputs.Edition?.FassungPages ?? []);
        var root = new XElement(Ns + "urlset", entries.OrderBy(e => e.SitePath, StringComparer.Ordinal).Select(entry =>
            new XElement(Ns + "url",
                new XElement(Ns + "loc", urls.Of(entry.SitePath)),
                entry.LastModified is { } date ? new XElement(Ns + "lastmod", GermanFormat.Iso(date)) : null)));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + root;
    }
}
