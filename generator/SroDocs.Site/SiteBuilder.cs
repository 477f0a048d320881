using Markdig;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Analysis;
using SroDocs.Site.Changelog;
using SroDocs.Site.Markdown;
using SroDocs.Site.Output;
using SroDocs.Site.Pages;
using SroDocs.Site.Pipelines;
using SroDocs.Site.Templates;

namespace SroDocs.Site;

/// <summary>
/// Assembles a site (in the spirit of Markdig's <c>MarkdownPipelineBuilder</c>): pipelines and their steps (edited by
/// type), Markdig extensions, Handlebars helpers, page generators, site files and analyzers. <see cref="Build"/>
/// freezes everything into a <see cref="SiteDefinition"/> that can run any number of builds. A new builder holds
/// SroDocs's own pipelines and extensions; sites add to them.
/// </summary>
public sealed class SiteBuilder
{
    private readonly List<PipelineBuilder> _pipelines = [];
    private bool _built;

    public SiteBuilder()
    {
        Markdown = new MarkdownPipelineBuilder().UseSroDocs();
        PageGenerators = new FreezableList<IPageGenerator>(this) { new DataPages(), new Facets.FacetPages(), new Publishing.FassungenPages(), new Vorhabenliste.SteckbriefPages(), new Search.SearchPage(), new Discovery.NotFoundPage() };
        SiteFiles = new FreezableList<ISiteFile>(this) { new AtomFeed(), new Sitemap(), new Discovery.RobotsTxt(), new OpenData.FachkonzeptExport(), new OpenData.FachkonzeptSchema() };
        Analyzers = new FreezableList<IAnalyzer>(this) { new AnchorAnalyzer(), new ThemeLinkAnalyzer() };
        TemplateHelpers = new FreezableList<TemplateHelper>(this);
        _pipelines.AddRange(SitePipelines.Create(this));
    }

    /// <summary>The Markdig pipeline every page and data text is parsed and rendered with: <c>Markdown.Extensions.Add(…)</c>.</summary>
    public MarkdownPipelineBuilder Markdown { get; }

    /// <summary>Makers of generated pages (overview, timeline, glossary, changelog, and whatever a site adds).</summary>
    public IList<IPageGenerator> PageGenerators { get; }

    /// <summary>Files that are not pages (feed, sitemap …).</summary>
    public IList<ISiteFile> SiteFiles { get; }

    /// <summary>Checks once every page is rendered.</summary>
    public IList<IAnalyzer> Analyzers { get; }

    /// <summary>Handlebars helpers for the theme's templates.</summary>
    public IList<TemplateHelper> TemplateHelpers { get; }

    /// <summary>Every kind of page the site can have: the Markdown pages' and the generators'.</summary>
    public IEnumerable<PageKind> PageKinds =>
        new[] { ContentKinds.Seite, ContentKinds.Abschnitt, ContentKinds.Start, ContentKinds.Baustein, ContentKinds.Ebene }
            .Concat(PageGenerators.SelectMany(g => g.Kinds)).Distinct();

    public IReadOnlyList<PipelineBuilder> Pipelines => _pipelines;

    /// <summary>The pipeline named <paramref name="name"/>, to edit its steps.</summary>
    public PipelineBuilder Pipeline(string name) =>
        _pipelines.FirstOrDefault(p => p.Name == name) ?? throw new InvalidOperationException($"No pipeline named '{name}'.");

    /// <summary>Adds a pipeline before the index pipeline, so its pages and files are indexed, checked and written like all others.</summary>
    public PipelineBuilder AddPipeline(string name)
    {
        EnsureNotBuilt();
        var pipeline = new PipelineBuilder(name);
        _pipelines.Insert(_pipelines.FindIndex(p => p.Name == PipelineNames.Index), pipeline);
        return pipeline;
    }

    /// <summary>Freezes the builder into a definition. Its dependency graph is checked here: a step reading an unpublished value fails now, not in a build.</summary>
    public SiteDefinition Build()
    {
        EnsureNotBuilt();
        _built = true;
        var extensions = new SiteExtensions([.. TemplateHelpers], [.. Analyzers], [.. PageGenerators]);
        return new SiteDefinition([.. _pipelines.Select(p => p.Build())], Markdown.Build(), extensions);
    }

    internal void EnsureNotBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("The site builder was already built; make a new one to change it.");
        }
    }

    /// <summary>A list that refuses changes once its builder is built.</summary>
    private sealed class FreezableList<T>(SiteBuilder owner) : System.Collections.ObjectModel.Collection<T>
    {
        protected override void InsertItem(int index, T item)
        {
            owner.EnsureNotBuilt();
            base.InsertItem(index, item);
        }

        protected override void SetItem(int index, T item)
        {
            owner.EnsureNotBuilt();
            base.SetItem(index, item);
        }

        protected override void RemoveItem(int index)
        {
            owner.EnsureNotBuilt();
            base.RemoveItem(index);
        }

        protected override void ClearItems()
        {
            owner.EnsureNotBuilt();
            base.ClearItems();
        }
    }
}
