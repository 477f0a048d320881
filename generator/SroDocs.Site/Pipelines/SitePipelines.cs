using SroDocs.Core.Pipelines;
using SroDocs.Site.Analysis;
using SroDocs.Site.Content;
using SroDocs.Site.Data;
using SroDocs.Site.FrontMatter;
using SroDocs.Site.Markdown;
using SroDocs.Site.Navigation;
using SroDocs.Site.Output;
using SroDocs.Site.Pages;
using SroDocs.Site.Templates;

namespace SroDocs.Site.Pipelines;

/// <summary>
/// The pipelines of a SroDocs site, declared in one place. Within a phase they run in this order: the theme first (it
/// compiles in the background while the rest is read), data before pages; the index sees every pipeline's documents; the checks run last. Whatever other
/// pipelines a site registers, their documents with a destination are indexed, checked and written the same way.
/// </summary>
public static class SitePipelines
{
    public static IEnumerable<PipelineBuilder> Create(SiteBuilder site)
    {
        var data = new PipelineBuilder(PipelineNames.Data);
        data.Read.Add(new ReportSkippedLinks());
        data.Read.Add(new ReportFileNames());
        data.Read.Add(new ReadDataFiles());
        data.Parse.Add(new ParseSiteData());

        var theme = new PipelineBuilder(PipelineNames.Theme);
        theme.Read.Add(new ReadTheme());
        theme.Index.Add(new CompleteTheme());

        var assets = new PipelineBuilder(PipelineNames.Assets);
        assets.Read.Add(new ReadAssetFiles());
        assets.Parse.Add(new Privacy.CheckStylesheets());

        var content = new PipelineBuilder(PipelineNames.Content);
        content.Read.Add(new ReadContentFiles());
        content.Parse.Add(new ParseFrontMatter());
        content.Render.Add(new ParseMarkdown());
        content.Render.Add(new RenderMarkdown());
        content.Render.Add(new ApplyLayout(site));

        var generated = new PipelineBuilder(PipelineNames.Generated);
        generated.Parse.Add(new CreateGeneratedPages(site.PageGenerators));
        generated.Render.Add(new ApplyLayout(site));
        generated.Render.Add(new Discovery.LinksFromSiteRoot());

        var files = new PipelineBuilder(PipelineNames.Files);
        files.Parse.Add(new DeclareSiteFiles(site.SiteFiles));
        files.Render.Add(new RenderSiteFiles(site.SiteFiles));

        var redirects = new PipelineBuilder(PipelineNames.Redirects);
        redirects.Index.Add(new Redirects.PlanRedirects());
        redirects.Render.Add(new Redirects.RenderRedirects());

        var index = new PipelineBuilder(PipelineNames.Index);
        index.Index.Add(new BuildSiteIndex());
        index.Index.Add(new CheckOutputPaths());

        var checks = new PipelineBuilder(PipelineNames.Checks);
        checks.Check.Add(new RunAnalyzers());

        return [theme, data, assets, content, generated, files, redirects, index, checks];
    }
}
