using SroDocs.Core.Diagnostics;

namespace SroDocs.Site.Analysis;

/// <summary>
/// Every link to an anchor (<c>seite.md#abschnitt</c>, <c>xref:id#abschnitt</c>, <c>#abschnitt</c>) must find that
/// anchor on its rendered target page. Reported where the link was written, with the closest existing anchor.
/// </summary>
public sealed class AnchorAnalyzer : IAnalyzer
{
    public IEnumerable<Diagnostic> Analyze(AnalysisContext context) =>
        from page in context.Rendered.Values
        from link in page.AnchorLinks
        where context.Rendered.TryGetValue(link.TargetDestination, out var target) && !target.HasAnchor(link.Anchor)
        select link.BrokenAnchor(context.Rendered[link.TargetDestination].Anchors);
}
