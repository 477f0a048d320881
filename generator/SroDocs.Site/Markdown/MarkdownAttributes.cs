using Markdig.Renderers.Html;
using Markdig.Syntax;
using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Markdown;

/// <summary>
/// Markdown's generic attributes (<c>{#anker .klasse}</c>) may set an id and classes, nothing else: an attribute such
/// as <c>{onclick=…}</c> is reported where it was written and not published.
/// </summary>
public static class MarkdownAttributes
{
    /// <summary>Where a node was written in a page's file.</summary>
    public static Func<MarkdownObject, SourceLocation> InFile(string display) => node => new SourceLocation(display, node.Line + 1, node.Column + 1);

    public static void Restrict(MarkdownObject node, Func<MarkdownObject, SourceLocation> locate, DiagnosticBag diagnostics)
    {
        if (node.TryGetAttributes() is not { Properties: { Count: > 0 } properties } attributes)
        {
            return;
        }

        foreach (var property in properties)
        {
            diagnostics.Add(HtmlDiagnostics.AttributeNotAllowed(locate(node), property.Key));
        }

        attributes.Properties = null;
    }
}
