using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Data;
using SroDocs.Site.Glossary;
using SroDocs.Site.Links;
using SroDocs.Site.Markdown;
using SroDocs.Site.Navigation;
using SroDocs.Site.Templates.Views;
using SroDocs.Site.Timeline;

namespace SroDocs.Site.Templates;

/// <summary>What a page kind may use to build its data: the site's data, links relative to the page, and Markdown texts from data files.</summary>
public sealed class PageRenderContext(LayoutInputs inputs, PageEntry page, StepContext step)
{
    private readonly List<AnchorLink> _anchorLinks = [];

    public PageEntry Page { get; } = page;

    public PageLinks Links { get; } = new(inputs.Index, page.Url);

    public SiteIndex Index => inputs.Index;

    public Taxonomy Taxonomy => inputs.Taxonomy;

    public GlossaryData Glossary => inputs.Glossary;

    public MilestonePlan Milestones => inputs.Milestones;

    public SiteConfig Config => inputs.Config;

    public SiteInputs Inputs => inputs.Inputs;

    /// <summary>Links to anchors found in the Markdown texts rendered for this page.</summary>
    public IReadOnlyList<AnchorLink> AnchorLinks => _anchorLinks;

    /// <summary>A value the page kind declared in <see cref="Pages.PageKind.Reads"/>.</summary>
    public T Read<T>(DataKey<T> key) => step.Read(key);

    /// <summary>A page as listed on another: title, link, description, status.</summary>
    public PageSummary Summary(PageEntry other) => new(
        other.Title,
        Links.To(other.Url),
        other.Description,
        other.FrontMatter?.Status is { } s ? Taxonomy.Status.Resolve(s)?.Name : null,
        other.FrontMatter?.Zyklus,
        other.FrontMatter?.Status);

    /// <summary>Renders a Markdown text from a data file; its broken links are reported at <paramref name="entry"/>, made by <paramref name="broken"/>.</summary>
    public string RenderSnippet(string markdown, SourceLocation entry, Func<string, string, Diagnostic> broken)
    {
        var (html, anchors) = MarkdownHtml.RenderSnippet(markdown, Page, inputs.Resolver, inputs.Markdown, entry, broken, step.Diagnostics);
        lock (_anchorLinks)
        {
            _anchorLinks.AddRange(anchors);
        }

        return html;
    }
}
