using SroDocs.Site.Changelog;
using SroDocs.Site.FrontMatter;
using SroDocs.Site.Templates;
using SroDocs.Site.Templates.Views;
using SroDocs.Site.Timeline;

namespace SroDocs.Site.Pages;

/// <summary>The kinds of Markdown pages, one per <see cref="PageType"/>.</summary>
public static class ContentKinds
{
    public static readonly PageKind Seite = new PlainKind("seite", null);
    public static readonly PageKind Abschnitt = new PlainKind("abschnitt", "Bereich");
    public static readonly PageKind Start = new StartKind();
    public static readonly PageKind Baustein = new BausteinKind();
    public static readonly PageKind Ebene = new EbeneKind();

    public static PageKind For(PageType type) => type switch
    {
        PageType.Start => Start,
        PageType.Abschnitt => Abschnitt,
        PageType.Baustein => Baustein,
        PageType.Ebene => Ebene,
        _ => Seite,
    };

    private sealed class PlainKind(string name, string? label) : PageKind(name)
    {
        public override string? Label => label;

        public override object? BuildData(PageRenderContext context) => null;
    }

    /// <summary>The home page: where the Fachkonzept stands in its timeline, and every Baustein.</summary>
    private sealed class StartKind() : PageKind("start")
    {
        public override object BuildData(PageRenderContext context)
        {
            var today = context.Inputs.ReferenceDate;
            var running = context.Milestones.CurrentOn(today);
            var upcoming = context.Milestones.NextOn(today);
            return new StartData(
                running is null ? null : TimelineModel.Milestone(running, true, context.Taxonomy, today, context.Links),
                upcoming is null ? null : TimelineModel.Milestone(upcoming, true, context.Taxonomy, today, context.Links),
                [.. context.Index.BausteinPages.Select(context.Summary)]);
        }
    }

    /// <summary>A Baustein: its milestones and its changes.</summary>
    private sealed class BausteinKind() : PageKind("baustein")
    {
        public override string Label => "Baustein";

        public override object BuildData(PageRenderContext context)
        {
            var today = context.Inputs.ReferenceDate;
            var bausteinId = context.Page.FrontMatter?.Baustein;
            return new BausteinData(
                bausteinId is null ? [] : [.. context.Milestones.ForBaustein(bausteinId).Select(m => TimelineModel.Milestone(m, true, context.Taxonomy, today, context.Links))],
                [.. ChangeRecord.Of(context.Page).Select(r => ChangelogModel.Entry(r, context.Taxonomy, context.Links))]);
        }
    }

    /// <summary>An Ebene: the Bausteine that work on it.</summary>
    private sealed class EbeneKind() : PageKind("ebene")
    {
        public override string Label => "Ebene";

        public override object BuildData(PageRenderContext context) =>
            new EbeneData(context.Page.FrontMatter?.Ebene is { } ebene ? [.. context.Index.BausteinPagesOf(ebene).Select(context.Summary)] : []);
    }
}
