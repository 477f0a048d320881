using System.Collections.Immutable;
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
        SyntaxWalk walk, IReadOnlySet<string> reservedIds, string display, Core.Diagnostics.DiagnosticBag diagnostics)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = ImmutableArray.CreateBuilder<(string, MarkdownObject)>();
        foreach (var footnote in walk.Footnotes)
        {
            anchors.Add($"fn:{footnote.Order}");
        }

        foreach (var link in walk.FootnoteLinks.Where(l => !l.IsBackLink))
        {
            anchors.Add($"fnref:{link.Index}");
        }

        var locate = MarkdownAttributes.InFile(display);
        foreach (var node in walk.WithAttributes)
        {
            MarkdownAttributes.Restrict(node, locate, diagnostics);
            if (node.TryGetAttributes()?.Id is { Length: > 0 } id && (!anchors.Add(id) || reservedIds.Contains(id)))
            {
                duplicates.Add((id, node));
            }
        }

        return (anchors, duplicates.ToImmutable());
    }
}
