using System.Collections.Immutable;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SroDocs.Site.Markdown;

/// <summary>
/// The element ids a page body will have, read from the Markdown syntax tree (heading anchors, <c>{#id}</c>
/// attributes, footnotes), and the explicit ids that occur twice or clash with the theme's own ids. The same walk
/// holds Markdown attributes to ids and classes (<see cref="MarkdownAttributes"/>).
/// </summary>
public static class SyntaxAnchors
{
    public static (HashSet<string> Anchors, ImmutableArray<(string Id, MarkdownObject Where)> Duplicates) Collect(
        MarkdownDocument syntax, IReadOnlySet<string> reservedIds, string display, Core.Diagnostics.DiagnosticBag diagnostics)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = ImmutableArray.CreateBuilder<(string, MarkdownObject)>();
        foreach (var node in syntax.Descendants())
        {
            switch (node)
            {
                case Footnote footnote:
                    anchors.Add($"fn:{footnote.Order}");
                    break;
                case FootnoteLink { IsBackLink: false } link:
                    anchors.Add($"fnref:{link.Index}");
                    break;
            }

            MarkdownAttributes.Restrict(node, display, diagnostics);
            if (node.TryGetAttributes()?.Id is { Length: > 0 } id && (!anchors.Add(id) || reservedIds.Contains(id)))
            {
                duplicates.Add((id, node));
            }
        }

        return (anchors, duplicates.ToImmutable());
    }
}
