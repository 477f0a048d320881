using SroDocs.Core.Documents;
using SroDocs.Site.Analysis;
using SroDocs.Site.Data;
using SroDocs.Site.Glossary;
using SroDocs.Site.Navigation;
using SroDocs.Site.Pages;
using SroDocs.Site.Templates;
using SroDocs.Site.Timeline;

namespace SroDocs.Site;

/// <summary>
/// The values of a build that steps read and publish (declared in each step's dependencies). The first group
/// is given by the engine from the site definition and the inputs; the others are published by steps.
/// </summary>
public static class SiteValues
{
    public static readonly DataKey<SiteInputs> Inputs = new("inputs");
    public static readonly DataKey<Markdig.MarkdownPipeline> Markdown = new("markdown");
    public static readonly DataKey<SiteExtensions> Extensions = new("extensions");

    public static readonly DataKey<SiteConfig> Config = new("config");
    public static readonly DataKey<Taxonomy> Taxonomy = new("taxonomy");
    public static readonly DataKey<GlossaryData> Glossary = new("glossary");
    public static readonly DataKey<TermMatcher> TermMatcher = new("termMatcher");
    public static readonly DataKey<MilestonePlan> Milestones = new("milestones");
    public static readonly DataKey<Vorhabenliste.SteckbriefData> Steckbrief = new("steckbrief");
    public static readonly DataKey<ThemeTemplates> Templates = new("templates");
    public static readonly DataKey<SiteIndex> Index = new("index");

    /// <summary>The values the engine provides before the first step runs.</summary>
    public static readonly IReadOnlyList<IDataKey> Given = [Inputs, Markdown, Extensions];
}

/// <summary>What a site definition was assembled with, beyond its pipelines: template helpers, analyzers, page generators.</summary>
public sealed record SiteExtensions(
    IReadOnlyList<TemplateHelper> TemplateHelpers,
    IReadOnlyList<IAnalyzer> Analyzers,
    IReadOnlyList<IPageGenerator> PageGenerators);
