using SroDocs.Site.Content;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Glossary;
using SroDocs.Site.Navigation;
using SroDocs.Site.Pages;

namespace SroDocs.Site.Links;

/// <summary>
/// Resolves the links authors write: relative <c>.md</c> paths, <c>xref:id#anker</c>, <c>glossar:id</c>,
/// <c>#anker</c> on the same page, site paths and files. One place for the rules, used for pages and for
/// the Markdown texts of data files. Whether an anchor exists is known only once every page is rendered, so
/// a link with an anchor resolves to its target page and the anchor is checked afterwards.
/// </summary>
public sealed class LinkResolver(SiteIndex index, GlossaryData glossary)
{
    public const string XrefScheme = "xref:";
    public const string GlossaryScheme = "glossar:";

    public LinkResolution Resolve(string href, PageEntry from)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return LinkResolution.Broken(LinkDiagnostics.NoTarget());
        }

        if (Html.UrlSchemes.IsUnsafe(href))
        {
            return LinkResolution.Broken(LinkDiagnostics.UnsafeScheme(href));
        }

        if (href.StartsWith(XrefScheme, StringComparison.OrdinalIgnoreCase))
        {
            var target = Href.Parse(href[XrefScheme.Length..]);
            return index.ById(target.Path) is { } page
                ? LinkResolution.ToPage(page, target.Fragment)
                : LinkResolution.Broken(LinkDiagnostics.UnknownPageId(target.Path, index.Pages.Select(p => p.Id)));
        }

        if (href.StartsWith(GlossaryScheme, StringComparison.OrdinalIgnoreCase))
        {
            var id = href[GlossaryScheme.Length..];
            return glossary.Find(id) is not null && index.OfKind(DataPages.Glossary) is { } glossaryPage
                ? LinkResolution.ToPage(glossaryPage, id)
                : LinkResolution.Broken(LinkDiagnostics.GlossaryTermMissing(id));
        }

        if (IsExternal(href))
        {
            return LinkResolution.External;
        }

        var (path, _, anchor) = Href.Parse(href);
        if (path.Length == 0)
        {
            return LinkResolution.ToPage(from, anchor);
        }

        if (path.StartsWith('/'))
        {
            return ResolveSitePath(path, anchor);
        }

        var combined = from.ContentPath is null ? null : ContentPaths.Combine(from.ContentPath, path);
        if (combined is null)
        {
            return LinkResolution.Broken(LinkDiagnostics.OutsideContent(href));
        }

        if (combined.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return index.ByContentPath(combined) is { } page
                ? LinkResolution.ToPage(page, anchor)
                : LinkResolution.Broken(LinkDiagnostics.PageMissing(path, combined));
        }

        return index.Files.Contains(combined)
            ? LinkResolution.ToFile("/" + combined, anchor)
            : LinkResolution.Broken(LinkDiagnostics.FileMissing(path));
    }

    public static bool IsExternal(string href) =>
        href.Contains("://", StringComparison.Ordinal)
        || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("//", StringComparison.Ordinal);

    private LinkResolution ResolveSitePath(string path, string? anchor)
    {
        var url = path.EndsWith('/') || Path.HasExtension(path) ? path : path + "/";
        if (index.ByUrl(url) is { } page)
        {
            return LinkResolution.ToPage(page, anchor);
        }

        return index.Files.Contains(path.TrimStart('/'))
            ? LinkResolution.ToFile(path, anchor)
            : LinkResolution.Broken(LinkDiagnostics.SitePathMissing(path));
    }
}
