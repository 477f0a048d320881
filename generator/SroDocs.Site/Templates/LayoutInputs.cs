using Markdig;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Data;
using SroDocs.Site.Glossary;
using SroDocs.Site.Links;
using SroDocs.Site.Navigation;
using SroDocs.Site.Output;
using SroDocs.Site.Timeline;

namespace SroDocs.Site.Templates;

/// <summary>What every layout of a build is rendered from, gathered once per build.</summary>
public sealed record LayoutInputs(
    ThemeTemplates Templates,
    SiteIndex Index,
    SiteConfig Config,
    Taxonomy Taxonomy,
    GlossaryData Glossary,
    MilestonePlan Milestones,
    SiteInputs Inputs,
    MarkdownPipeline Markdown)
{
    public AbsoluteUrls Urls { get; } = new(Inputs.BaseUrl ?? Config.BaseUrl, Inputs.UrlPrefix);

    public LinkResolver Resolver { get; } = new(Index, Glossary);

    /// <summary>The values <see cref="From"/> reads; a step that uses it declares them.</summary>
    public static readonly Core.Documents.IDataKey[] Reads =
    [
        SiteValues.Templates, SiteValues.Index, SiteValues.Config, SiteValues.Taxonomy, SiteValues.Glossary,
        SiteValues.Milestones, SiteValues.Inputs, SiteValues.Markdown,
    ];

    public static LayoutInputs From(StepContext context) => new(
        context.Read(SiteValues.Templates),
        context.Read(SiteValues.Index),
        context.Read(SiteValues.Config),
        context.Read(SiteValues.Taxonomy),
        context.Read(SiteValues.Glossary),
        context.Read(SiteValues.Milestones),
        context.Read(SiteValues.Inputs),
        context.Read(SiteValues.Markdown));
}
