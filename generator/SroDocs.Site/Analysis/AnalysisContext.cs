using System.Collections.Frozen;
using SroDocs.Site.Links;
using SroDocs.Site.Navigation;
using SroDocs.Site.Output;
using SroDocs.Site.Templates;

namespace SroDocs.Site.Analysis;

/// <summary>What analyzers see: the site index, the templates, the output plan and what rendering found on each page.</summary>
/// <param name="Rendered">The facts of each rendered page, by output file.</param>
public sealed record AnalysisContext(
    SiteIndex Index,
    ThemeTemplates Templates,
    OutputPlan Output,
    FrozenDictionary<string, RenderedFacts> Rendered);
