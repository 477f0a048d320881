using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;

namespace SroDocs.Site.Links;

/// <summary>
/// What rendering found on a page, for the checks after every page is rendered: the page's anchors (from the Markdown
/// syntax tree, the kind's data, and the templates' literal ids) and the links whose anchors are still to be checked.
/// </summary>
/// <param name="PageAnchors">Ids from the page's own body and data.</param>
/// <param name="TemplateAnchors">Ids the templates that render the page write literally (shared by many pages).</param>
public sealed record RenderedFacts(IReadOnlySet<string> PageAnchors, IReadOnlySet<string> TemplateAnchors, ImmutableArray<AnchorLink> AnchorLinks)
{
    public static readonly RenderedFacts None = new(ImmutableHashSet<string>.Empty, ImmutableHashSet<string>.Empty, []);

    public bool HasAnchor(string anchor) => PageAnchors.Contains(anchor) || TemplateAnchors.Contains(anchor);

    public IEnumerable<string> Anchors => PageAnchors.Concat(TemplateAnchors);
}

/// <summary>A link to an anchor of another page (or the same), and where the author wrote it.</summary>
/// <param name="TargetDestination">The output file of the target page.</param>
/// <param name="BrokenAnchor">Makes the diagnostic when the anchor is missing, from the anchors the target does have.</param>
public sealed record AnchorLink(string TargetDestination, string Anchor, Func<IEnumerable<string>, Diagnostic> BrokenAnchor);
