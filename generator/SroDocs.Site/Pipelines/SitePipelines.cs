using SroDocs.Core.Pipelines;
using SroDocs.Site.Content;
using SroDocs.Site.Data;
using SroDocs.Site.FrontMatter;
using SroDocs.Site.Html;
using SroDocs.Site.Links;
using SroDocs.Site.Markdown;
using SroDocs.Site.Navigation;
using SroDocs.Site.Output;
using SroDocs.Site.Templates;

namespace SroDocs.Site.Pipelines;

/// <summary>
/// The pipelines of a site, declared in one place. Within a phase they run in this order, so that data and
/// theme are known before pages are read, and the output pipeline sees everything.
/// </summary>
public static class SitePipelines
{
    private static readonly string[] PagePipelines = [PipelineNames.Assets, PipelineNames.Pages, PipelineNames.Content];

    public static IReadOnlyList<Pipeline> Create() =>
    [
        new Pipeline(PipelineNames.Data)
        {
            Read = [new ReadDataFiles()],
            Parse = [new ParseSiteData()],
            Check = [new CheckDataLinks()],
        },
        new Pipeline(PipelineNames.Theme)
        {
            Read = [new ReadTheme()],
        },
        new Pipeline(PipelineNames.Assets)
        {
            Read = [new ReadAssetFiles()],
        },
        new Pipeline(PipelineNames.Pages)
        {
            Parse = [new CreateGeneratedPages()],
            Render = [new ApplyLayout()],
        },
        new Pipeline(PipelineNames.Content)
        {
            Read = [new ReadContentFiles()],
            Parse = [new ParseFrontMatter(), new ParseMarkdown()],
            Index = [new BuildSiteIndex()],
            Render = [new RenderMarkdown(), new PostProcessBody(), new ApplyLayout()],
            Check = [new CheckMarkdownLinks()],
        },
        new Pipeline(PipelineNames.Output)
        {
            Render = [new RenderSiteFiles(), new CollectRenderedHtml(PagePipelines)],
            Check = [new CheckOutputPaths(PagePipelines), new CheckOutputLinks(PagePipelines)],
            Write = [new WriteOutput(PagePipelines)],
        },
    ];
}
