using AngleSharp.Html.Parser;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Links;

namespace SroDocs.Site.Html;

/// <summary>
/// Checks each piece of HTML an author wrote in Markdown on its own, so that every problem is reported at the
/// file, line and column where it was written: what the sanitiser would remove, resources from other servers, and
/// addresses of site pages (which belong in Markdown links). Returns the same-page anchors the HTML links to.
/// </summary>
public static class RawHtmlCheck
{
    private static readonly HtmlParser Parser = new();

    /// <summary>True when the syntax tree holds any HTML written by the author.</summary>
    public static bool HasRawHtml(MarkdownDocument syntax) => syntax.Descendants<HtmlBlock>().Any() || syntax.Descendants<HtmlInline>().Any();

    public static IReadOnlyList<(string Anchor, SourceLocation Location)> Check(MarkdownDocument syntax, string display, DiagnosticBag diagnostics)
    {
        var anchors = new List<(string, SourceLocation)>();
        foreach (var (html, node) in Pieces(syntax))
        {
            var location = new SourceLocation(display, node.Line + 1, node.Column + 1);
            var sanitizer = ContentHtmlPolicy.Create(removal => diagnostics.Add(HtmlDiagnostics.Removed(location, removal)));
            using var document = sanitizer.SanitizeDom(html);
            // Addresses of what survives the sanitiser (what it removes is reported already).
            foreach (var element in Parser.ParseDocument("<!doctype html><body>" + html).Body!.QuerySelectorAll("*").Where(e => ContentHtmlPolicy.AllowedTags.Contains(e.LocalName)))
            {
                foreach (var attribute in element.Attributes.Where(a => ContentHtmlPolicy.AddressAttributes.Contains(a.Name) && ContentHtmlPolicy.AllowedAttributes.Contains(a.Name)))
                {
                    CheckAddress(element.LocalName, attribute.Value.Trim(), location, diagnostics, anchors);
                }
            }
        }

        return anchors;
    }

    private static void CheckAddress(string tag, string address, SourceLocation location, DiagnosticBag diagnostics, List<(string, SourceLocation)> anchors)
    {
        if (UrlSchemes.IsUnsafe(address))
        {
            return; // the sanitiser reports it
        }

        var loads = tag != "a";
        if (LinkResolver.IsExternal(address))
        {
            if (loads)
            {
                diagnostics.Add(LinkDiagnostics.ForeignResource(location, tag, address));
            }

            return;
        }

        if (!loads && address.StartsWith('#') && address.Length > 1)
        {
            anchors.Add((Uri.UnescapeDataString(address[1..]), location));
            return;
        }

        diagnostics.Add(HtmlDiagnostics.SiteAddressInHtml(location, tag, address));
    }

    private static IEnumerable<(string Html, MarkdownObject Node)> Pieces(MarkdownDocument syntax)
    {
        foreach (var block in syntax.Descendants<HtmlBlock>())
        {
            yield return (block.Lines.ToString(), block);
        }

        foreach (var inline in syntax.Descendants<HtmlInline>())
        {
            yield return (inline.Tag, inline);
        }
    }
}
