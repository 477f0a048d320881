using System.Collections.Immutable;
using Markdig.Syntax.Inlines;
using SroDocs.Core.Diagnostics;
using SroDocs.Site.Content;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Navigation;

namespace SroDocs.Site.Links;

/// <summary>
/// Resolves every link and image of a Markdown syntax tree and rewrites it relative to the page, so the site works
/// under any prefix. A broken link is left as written and reported where the author wrote it; a link to an anchor
/// is kept for the check once every page is rendered.
/// </summary>
public static class MarkdownLinks
{
    /// <param name="locate">Where a link was written (the file position, or the data entry for texts from data files).</param>
    /// <param name="report">Makes the diagnostic for a broken link from its href and the resolver's (unplaced) problem.</param>
    public static ImmutableArray<AnchorLink> Resolve(
        IEnumerable<LinkInline> links,
        PageEntry page,
        LinkResolver resolver,
        Func<LinkInline, SourceLocation> locate,
        Func<string, Diagnostic, SourceLocation, Diagnostic> report,
        DiagnosticBag diagnostics)
    {
        var anchors = ImmutableArray.CreateBuilder<AnchorLink>();
        foreach (var link in links)
        {
            if (link.Url is not { } href || link.IsAutoLink)
            {
                continue;
            }

            var resolution = resolver.Resolve(href, page);
            if (link.IsImage && resolution is ExternalLink && !href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(LinkDiagnostics.ForeignResource(locate(link), "img", href));
                continue;
            }

            switch (resolution)
            {
                case BrokenLink broken:
                    diagnostics.Add(report(href, broken.Problem, locate(link)));
                    if (broken.Problem.Code == Diagnostics.DiagnosticCodes.UnsafeScheme)
                    {
                        // Reported, and never written out: not even a check run produces a page with this address.
                        link.Url = "#";
                    }

                    break;
                case PageLink target:
                    link.Url = SiteUrls.Relative(page.Url, target.SiteUrl);
                    if (target.Anchor is { } anchor)
                    {
                        var location = locate(link);
                        anchors.Add(new AnchorLink(target.Page.Destination, anchor,
                            existing => report(href, LinkDiagnostics.AnchorMissing(target.Page.Title, anchor, href, existing), location)));
                    }

                    break;
                case FileLink file:
                    link.Url = SiteUrls.Relative(page.Url, Href.WithFragment(file.SiteUrl, file.Anchor));
                    break;
            }
        }

        return anchors.ToImmutable();
    }

    /// <summary>Autolinks (<c>&lt;…&gt;</c>) point elsewhere by definition; one with a scheme that could run script is reported and not written out.</summary>
    public static void CheckSchemes(IEnumerable<AutolinkInline> autolinks, Func<AutolinkInline, SourceLocation> locate, Func<string, Diagnostic, SourceLocation, Diagnostic> report, DiagnosticBag diagnostics)
    {
        foreach (var autolink in autolinks.Where(a => !a.IsEmail && Html.UrlSchemes.IsUnsafe(a.Url)))
        {
            diagnostics.Add(report(autolink.Url, LinkDiagnostics.UnsafeScheme(autolink.Url), locate(autolink)));
            autolink.Url = "#";
        }
    }

    /// <summary>For pages: the problem placed at the link's position.</summary>
    public static Diagnostic AtLink(string href, Diagnostic problem, SourceLocation location) => problem with { Location = location };
}
