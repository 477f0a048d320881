using SroDocs.Core.Diagnostics;

namespace SroDocs.Site.Analysis;

/// <summary>
/// A check once every page is rendered (Check phase), registered with <see cref="SiteBuilder.Analyzers"/>. It reads
/// what rendering found and returns diagnostics; it changes nothing.
/// </summary>
public interface IAnalyzer
{
    IEnumerable<Diagnostic> Analyze(AnalysisContext context);
}
