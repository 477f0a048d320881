using SroDocs.Core.Documents;
using SroDocs.Site.Data;
using SroDocs.Site.Glossary;
using SroDocs.Site.Navigation;
using SroDocs.Site.Templates;
using SroDocs.Site.Timeline;

namespace SroDocs.Site;

/// <summary>The values one phase publishes for the later phases of the same build.</summary>
public static class SiteState
{
    public static readonly DataKey<SiteOptions> Options = new("options");
    public static readonly DataKey<SiteConfig> Config = new("config");
    public static readonly DataKey<Taxonomy> Taxonomy = new("taxonomy");
    public static readonly DataKey<GlossaryData> Glossary = new("glossary");
    public static readonly DataKey<TermMatcher> TermMatcher = new("termMatcher");
    public static readonly DataKey<MilestonePlan> Milestones = new("milestones");
    public static readonly DataKey<ThemeTemplates> Templates = new("templates");
    public static readonly DataKey<SiteIndex> Index = new("index");
    public static readonly DataKey<Links.HtmlIndex> RenderedHtml = new("renderedHtml");
}
