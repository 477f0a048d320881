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
    /// <summary>One parser per thread: pages are checked side by side, and a parser is not documented as safe to share.</summary>
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    /// <param name="html">The HTML blocks and inline tags of a page (<see cref="Markdown.SyntaxWalk.Html"/>).</param>
    /// <param name="locate">Where a piece was written: its file position, or the data entry of a text from a data file.</param>
    public static IReadOnlyList<(string Anchor, SourceLocation Location)> Check(IReadOnlyList<MarkdownObject> html, Func<MarkdownObject, SourceLocation> locate, DiagnosticBag diagnostics)
    {
        var anchors = new List<(string, SourceLocation)>();
        foreach (var (text, node) in html.Select(Piece))
        {
            var location = locate(node);
            var sanitizer = ContentHtmlPolicy.Create(removal => diagnostics.Add(HtmlDiagnostics.Removed(location, removal)));
            using var document = sanitizer.SanitizeDom(text);
            // Addresses of what survives the sanitiser (what it removes is reported already).
            using var parsed = Parser.Value!.ParseDocument("<!doctype html><body>" + text);
            foreach (var element in parsed.Body!.QuerySelectorAll("*").Where(e => ContentHtmlPolicy.AllowedTags.Contains(e.LocalName)))
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

    private static (string Html, MarkdownObject Node) Piece(MarkdownObject node) => node switch
    {
        HtmlBlock block => (block.Lines.ToString(), block),
        HtmlInline inline => (inline.Tag, inline),
        _ => throw new ArgumentException($"{node.GetType().Name} is not HTML.", nameof(node)),
    };
}
