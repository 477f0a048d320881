using SroDocs.Core.Documents;
using SroDocs.Site.Pages;
using SroDocs.Site.Templates;
using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.Discovery;

/// <summary>
/// The page a server shows for any address that does not exist: <c>404.html</c> at the output root (where GitHub Pages
/// and most servers look for it), with the site's main entry points. Because it is served at any depth, its links are
/// written from the site root (see <see cref="PageKind.LinksFromSiteRoot"/>). Only the current state has one; a Fassung
/// lies below it and is served by the same page.
/// </summary>
public sealed class NotFoundPage : IPageGenerator
{
    public const string Id = "nicht-gefunden";

    public const string Url = "/404.html";

    public static readonly PageKind Kind = new NotFoundKind();

    public IReadOnlyList<IDataKey> Reads => [SiteValues.Inputs];

    public IReadOnlyList<PageKind> Kinds => [Kind];

    public IEnumerable<GeneratedPage> Generate(GeneratorContext context)
    {
        if (context.Read(SiteValues.Inputs).IsFassung)
        {
            yield break;
        }

        yield return new GeneratedPage(Id, Url, "Seite nicht gefunden",
            "Unter dieser Adresse gibt es keine Seite. Von hier aus geht es zu den wichtigsten Teilen des Fachkonzepts.", 1000, Kind, false)
        {
            Listed = false,
        };
    }

    private sealed class NotFoundKind() : PageKind("nicht-gefunden")
    {
        public override bool LinksFromSiteRoot => true;

        public override bool NoIndex => true;

        public override bool Searchable => false;

        public override bool MarksGlossaryTerms => false;

        public override object BuildData(PageRenderContext context)
        {
            var index = context.Index;
            var entries = new List<LinkView>();
            if (index.Home is { } home)
            {
                entries.Add(new LinkView("Startseite", context.Links.To(home.Url)));
            }

            entries.AddRange(index.MainNavigation.Select(page => new LinkView(page.Title, context.Links.To(page.Url))));
            var search = index.ById(Search.SearchPage.Id);
            return new NotFoundView(entries, search is null ? null : context.Links.To(search.Url));
        }
    }
}

/// <summary>What the 404 page offers: the main entry points, and the search where the site has one.</summary>
public sealed record NotFoundView(IReadOnlyList<LinkView> EntryPoints, string? SearchHref);
