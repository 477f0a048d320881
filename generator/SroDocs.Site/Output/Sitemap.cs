using System.Globalization;
using System.Xml;
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
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public string Path => "sitemap.xml";

    public string Name => "Sitemap";

    public IReadOnlyList<IDataKey> Reads => [SiteValues.Index, SiteValues.Config, SiteValues.Inputs];

    public bool IsWrittenFor(SiteInputs inputs) => !inputs.IsFassung;

    public string Render(StepContext context)
    {
        var inputs = context.Read(SiteValues.Inputs);
        var urls = AbsoluteUrls.For(context);
        var entries = SitemapEntry.Of(context.Read(SiteValues.Index), inputs).Concat(inputs.Edition?.FassungPages ?? []);

        // Written as it goes, with the settings XElement.ToString() uses (indented, no declaration of its own).
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true }))
        {
            xml.WriteStartElement("urlset", Namespace);
            foreach (var entry in entries.OrderBy(e => e.SitePath, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, urls.Of(entry.SitePath));
                if (entry.LastModified is { } date)
                {
                    xml.WriteElementString("lastmod", Namespace, GermanFormat.Iso(date));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + text;
    }
}
