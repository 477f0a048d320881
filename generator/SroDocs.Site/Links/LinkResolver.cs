using SroDocs.Site.Content;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Glossary;
using SroDocs.Site.Navigation;

namespace SroDocs.Site.Links;

/// <summary>
/// Resolves the links authors write: relative <c>.md</c> paths, <c>xref:id#anker</c>, <c>glossar:id</c>,
/// <c>#anker</c> on the same page, site paths and files. One place for the rules, used both to render
/// and to check.
/// </summary>
/// <remarks>Anchors are only checked when the rendered HTML is known (<paramref name="rendered"/>, Check phase).</remarks>
public sealed class LinkResolver(SiteIndex index, GlossaryData glossary, HtmlIndex? rendered = null)
{
    public const string XrefScheme = "xref:";
    public const string GlossaryScheme = "glossar:";
    public const string GlossaryPageId = "glossar";

    /// <summary>The resolver and index entry for a content document in the Render or Check phase, or null when it is not a page.</summary>
    public static (LinkResolver Resolver, PageEntry Page)? ForPage(Core.Documents.Document document, Core.Pipelines.BuildContext context)
    {
        var index = context.Require(SiteState.Index);
        var rendered = context.TryGet(SiteState.RenderedHtml, out var html) ? html : null;
        return index.ByContentPath(document.Get(SiteKeys.ContentPath)) is { } page
            ? (new LinkResolver(index, context.Require(SiteState.Glossary), rendered), page)
            : null;
    }

    public LinkResolution Resolve(string href, PageEntry from)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return LinkResolution.Broken(LinkDiagnostics.NoTarget());
        }

        if (href.StartsWith(XrefScheme, StringComparison.OrdinalIgnoreCase))
        {
            return ResolveXref(href[XrefScheme.Length..]);
        }

        if (href.StartsWith(GlossaryScheme, StringComparison.OrdinalIgnoreCase))
        {
            return ResolveGlossary(href[GlossaryScheme.Length..]);
        }

        if (IsExternal(href))
        {
            return LinkResolution.External;
        }

        var (path, anchor) = SplitAnchor(href);
        if (path.Length == 0)
        {
            return WithAnchor(from, anchor, href);
        }

        if (path.StartsWith('/'))
        {
            return ResolveSitePath(path, anchor, href);
        }

        var combined = from.ContentPath is null ? null : ContentPaths.Combine(from.ContentPath, path);
        if (combined is null)
        {
            return LinkResolution.Broken(LinkDiagnostics.OutsideContent(href));
        }

        if (combined.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return index.ByContentPath(combined) is { } page
                ? WithAnchor(page, anchor, href)
                : LinkResolution.Broken(LinkDiagnostics.PageMissing(path, combined));
        }

        return index.Files.Contains(combined)
            ? LinkResolution.To("/" + combined + (anchor is null ? "" : "#" + anchor))
            : LinkResolution.Broken(LinkDiagnostics.FileMissing(path));
    }

    public static bool IsExternal(string href) =>
        href.Contains("://", StringComparison.Ordinal)
        || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("//", StringComparison.Ordinal);

    private LinkResolution ResolveXref(string target)
    {
        var (id, anchor) = SplitAnchor(target);
        return index.ById(id) is { } page
            ? WithAnchor(page, anchor, XrefScheme + target)
            : LinkResolution.Broken(LinkDiagnostics.UnknownPageId(id, index.Pages.Select(p => p.Id)));
    }

    private LinkResolution ResolveGlossary(string id)
    {
        var page = index.ById(GlossaryPageId);
        if (glossary.Find(id) is null || page is null)
        {
            return LinkResolution.Broken(LinkDiagnostics.GlossaryTermMissing(id));
        }

        return LinkResolution.To(page.Url + "#" + id);
    }

    private LinkResolution ResolveSitePath(string path, string? anchor, string href)
    {
        var url = path.EndsWith('/') || Path.HasExtension(path) ? path : path + "/";
        if (index.ByUrl(url) is { } page)
        {
            return WithAnchor(page, anchor, href);
        }

        return index.Files.Contains(path.TrimStart('/'))
            ? LinkResolution.To(path + (anchor is null ? "" : "#" + anchor))
            : LinkResolution.Broken(LinkDiagnostics.SitePathMissing(path));
    }

    private LinkResolution WithAnchor(PageEntry page, string? anchor, string href)
    {
        if (string.IsNullOrEmpty(anchor))
        {
            return LinkResolution.To(page.Url);
        }

        var destination = ContentPaths.DestinationOf(page.Url);
        return rendered is null || rendered.HasAnchor(destination, anchor)
            ? LinkResolution.To(page.Url + "#" + anchor)
            : LinkResolution.Broken(LinkDiagnostics.AnchorMissing(page.Title, anchor, href, rendered.AnchorsOf(destination)));
    }

    private static (string Path, string? Anchor) SplitAnchor(string href)
    {
        var hash = href.IndexOf('#');
        return hash < 0 ? (href, null) : (href[..hash], Uri.UnescapeDataString(href[(hash + 1)..]));
    }
}
