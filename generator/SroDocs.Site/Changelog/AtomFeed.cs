using System.Xml.Linq;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Data;
using SroDocs.Site.Output;
using SroDocs.Site.Pages;
using SroDocs.Site.Templates;

namespace SroDocs.Site.Changelog;

/// <summary>An Atom 1.0 feed (RFC 4287) of all changes, newest first, with absolute links; each Fassung has an entry of its own.</summary>
public sealed class AtomFeed : ISiteFile
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public string Path => DataPages.FeedPath;

    public string Name => "Atom-Feed";

    public IReadOnlyList<IDataKey> Reads => [SiteValues.Index, SiteValues.Config, SiteValues.Taxonomy, SiteValues.Inputs];

    public string Render(StepContext context)
    {
        var inputs = context.Read(SiteValues.Inputs);
        var fassungen = inputs.Edition is { This.IsCurrent: true } edition ? edition.Editions.Library.Fassungen : [];
        return Build(ChangeRecord.AllOf(context.Read(SiteValues.Index)), fassungen, context.Read(SiteValues.Config), context.Read(SiteValues.Taxonomy),
            AbsoluteUrls.For(context), DataPages.ChangelogPage.Url, "/" + DataPages.FeedPath, inputs.ReferenceDate);
    }

    public static string Build(IReadOnlyList<ChangeRecord> records, IReadOnlyList<Fassungen.Fassung> fassungen, SiteConfig config, Taxonomy taxonomy, AbsoluteUrls urls, string changelogUrl, string feedUrl, DateOnly today)
    {
        var dates = records.Select(r => r.Change.Date).Concat(fassungen.Select(f => f.Manifest.Datum)).ToList();
        var updated = dates.Count > 0 ? dates.Max() : today;
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "de"),
            new XElement(Atom + "id", urls.Of(feedUrl)),
            new XElement(Atom + "title", $"{config.Title} – Änderungen"),
            new XElement(Atom + "subtitle", "Änderungen an den Bausteinen des Fachkonzepts, nach Zyklus und Phase."),
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", urls.Of(feedUrl))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", urls.Of(changelogUrl))),
            new XElement(Atom + "author", new XElement(Atom + "name", Publisher(config))),
            fassungen.Reverse().Select(fassung => Entry(fassung, urls)),
            records.Select(record => Entry(record, taxonomy, urls, changelogUrl)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed;
    }

    private static XElement Entry(ChangeRecord record, Taxonomy taxonomy, AbsoluteUrls urls, string changelogUrl)
    {
        var change = record.Change;
        var phase = taxonomy.Status.Resolve(change.Phase)?.Name ?? change.Phase;
        var summary = $"Zyklus {change.Zyklus}, Phase {phase}: {change.Text}" + (change.Beschluss is { } b ? $" (Beschluss {b})" : "");
        return new XElement(Atom + "entry",
            new XElement(Atom + "id", urls.Of(changelogUrl + "#" + record.Anchor)),
            new XElement(Atom + "title", $"{record.Page.Title}: {change.Text}"),
            new XElement(Atom + "updated", Timestamp(change.Date)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", urls.Of(record.Page.Url))),
            new XElement(Atom + "category", new XAttribute("term", change.Phase), new XAttribute("label", phase)),
            new XElement(Atom + "summary", summary));
    }

    /// <summary>A frozen Fassung: its decision, status and root hash, linked to its start page.</summary>
    private static XElement Entry(Fassungen.Fassung fassung, AbsoluteUrls urls)
    {
        var manifest = fassung.Manifest;
        return new XElement(Atom + "entry",
            new XElement(Atom + "id", urls.Of(manifest.UrlPrefix)),
            new XElement(Atom + "title", $"Neue Fassung: {manifest.Titel} (Beschluss {manifest.Beschluss})"),
            new XElement(Atom + "updated", Timestamp(manifest.Datum)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", urls.Of(manifest.UrlPrefix))),
            new XElement(Atom + "category", new XAttribute("term", "fassung"), new XAttribute("label", "Fassung")),
            new XElement(Atom + "summary", $"{Fassungen.FassungStatusNames.Label(manifest.Status)}, {manifest.Gremium}. Wurzel-Prüfsumme (SHA-256): {manifest.Wurzel}"));
    }

    private static string Publisher(SiteConfig config) =>
        config.Contact.Office is { Length: > 0 } office ? office : config.Publisher is { Length: > 0 } publisher ? publisher : config.Title;

    private static string Timestamp(DateOnly date) => GermanFormat.Iso(date) + "T00:00:00Z";
}
