using SroDocs.Core.Documents;
using SroDocs.Site.Changelog;
using SroDocs.Site.Glossary;
using SroDocs.Site.Overview;
using SroDocs.Site.Templates;
using SroDocs.Site.Timeline;

namespace SroDocs.Site.Pages;

/// <summary>
/// The four pages made from the site's data: the Baustein × Ebene overview, the timeline, the glossary and the
/// changelog, with their kinds.
/// </summary>
public sealed class DataPages : IPageGenerator
{
    public static readonly PageKind Overview = new OverviewKind();
    public static readonly PageKind Timeline = new TimelineKind();
    public static readonly PageKind Glossary = new GlossaryKind();
    public static readonly PageKind Changelog = new ChangelogKind();

    /// <summary>The feed of all changes, next to the changelog page.</summary>
    public const string FeedPath = "aenderungen/atom.xml";

    public static readonly GeneratedPage OverviewPage = new("uebersicht", "/uebersicht/", "Übersicht: Bausteine und Ebenen",
        "Welche Bausteine auf welchen Ebenen wirken und in welcher Phase des Zyklus sie stehen.", 30, Overview, true);

    public static readonly GeneratedPage TimelinePage = new("zeitplan", "/zeitplan/", "Zeitplan und Meilensteine",
        "Die Meilensteine des Fachkonzepts mit ihrem Stand.", 40, Timeline, true);

    public static readonly GeneratedPage GlossaryPage = new("glossar", "/glossar/", "Glossar",
        "Begriffe und Abkürzungen des Fachkonzepts von A bis Z.", 50, Glossary, true);

    public static readonly GeneratedPage ChangelogPage = new("aenderungen", "/aenderungen/", "Änderungen",
        "Was sich wann an den Bausteinen geändert hat, nach Zyklus und Phase.", 60, Changelog, true);

    /// <summary>The four pages, which every edition of the site has.</summary>
    public static IReadOnlyList<GeneratedPage> Pages => [OverviewPage, TimelinePage, GlossaryPage, ChangelogPage];

    public IReadOnlyList<IDataKey> Reads => [];

    public IReadOnlyList<PageKind> Kinds => [Overview, Timeline, Glossary, Changelog];

    public IEnumerable<GeneratedPage> Generate(GeneratorContext context) => Pages;

    private sealed class OverviewKind() : PageKind("uebersicht")
    {
        public override object BuildData(PageRenderContext context) => MatrixModel.Build(context.Taxonomy, context.Links);
    }

    private sealed class TimelineKind() : PageKind("zeitplan")
    {
        public override object BuildData(PageRenderContext context) =>
            TimelineModel.Build(context.Milestones, context.Taxonomy, context.Inputs.ReferenceDate, context.Links,
                milestone => context.RenderSnippet(milestone.Description, milestone.Location, (href, reason) => Diagnostics.LinkDiagnostics.BrokenLinkInMilestone(milestone.Location, milestone.Id, href, reason)));
    }

    private sealed class GlossaryKind() : PageKind("glossar")
    {
        public override bool MarksGlossaryTerms => false;

        public override object BuildData(PageRenderContext context) =>
            GlossaryModel.Build(context.Glossary,
                term => context.RenderSnippet(term.Definition, term.Location, (href, reason) => Diagnostics.LinkDiagnostics.BrokenLinkInDefinition(term.Location, term.Id, href, reason)),
                id => "#" + id);
    }

    private sealed class ChangelogKind() : PageKind("aenderungen")
    {
        public override object BuildData(PageRenderContext context) =>
            ChangelogModel.Build(ChangeRecord.AllOf(context.Index), context.Taxonomy, context.Links, context.Links.To("/" + FeedPath));
    }
}
