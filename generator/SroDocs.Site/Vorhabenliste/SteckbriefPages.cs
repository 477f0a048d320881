using SroDocs.Core.Documents;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Pages;
using SroDocs.Site.Templates;
using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.Vorhabenliste;

/// <summary>The page <c>/projekt/steckbrief/</c>, made when the content has a <c>_data/steckbrief.yml</c>.</summary>
public sealed class SteckbriefPages : IPageGenerator
{
    public static readonly PageKind Kind = new SteckbriefKind();

    public static readonly GeneratedPage Page = new("steckbrief", "/projekt/steckbrief/", "Steckbrief für die Vorhabenliste",
        "Das Vorhaben in den Feldern des Steckbriefs der Rostocker Vorhabenliste, mit den fünf Kriterien für die Aufnahme.", 8, Kind, false);

    public IReadOnlyList<IDataKey> Reads => [SiteValues.Steckbrief];

    public IReadOnlyList<PageKind> Kinds => [Kind];

    public IEnumerable<GeneratedPage> Generate(GeneratorContext context) =>
        context.Read(SiteValues.Steckbrief).Value is null ? [] : [Page];

    private sealed class SteckbriefKind() : PageKind("steckbrief")
    {
        public override string Label => "Vorhabenliste";

        public override IReadOnlyList<IDataKey> Reads => [SiteValues.Steckbrief];

        public override object BuildData(PageRenderContext context)
        {
            var steckbrief = context.Read(SiteValues.Steckbrief).Value!;
            var beschreibung = steckbrief.Beschreibung is { } text
                ? context.RenderSnippet(text, steckbrief.Location, (href, reason) => LinkDiagnostics.BrokenLinkInSteckbrief(steckbrief.Location, href, reason))
                : null;
            return SteckbriefModel.Build(steckbrief, context, beschreibung, Fassungen(context));
        }

        /// <summary>The decided Fassungen this edition knows: all of them in the current state, itself in a Fassung.</summary>
        private static IReadOnlyList<LinkView> Fassungen(PageRenderContext context)
        {
            if (context.Inputs.Edition is not { } edition)
            {
                return [];
            }

            // In a Fassung's own site, its start page is "/": addresses there are relative to the Fassung.
            var known = edition.This.IsCurrent
                ? edition.Editions.Fassungen.Select(e => (Edition: e, Url: e.SitePath("/")))
                : [(edition.This, "/")];
            return [.. known.Where(k => k.Edition.Fassung!.Manifest.Status == SroDocs.Site.Fassungen.FassungStatus.Beschlossen)
                .Select(k => new LinkView(k.Edition.Label, context.Links.To(k.Url)))];
        }
    }
}
