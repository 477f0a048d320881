using System.Collections.Immutable;
using SroDocs.Site.Navigation;

namespace SroDocs.Site.Output;

/// <summary>One public page in the sitemap: its path within the whole publication and when it last changed, where known.</summary>
/// <param name="SitePath">The path from the publication's root: <c>/bausteine/x/</c> or <c>/fassungen/2026-bv-1234/bausteine/x/</c>.</param>
public sealed record SitemapEntry(string SitePath, DateOnly? LastModified)
{
    /// <summary>
    /// The listed pages of one build (never the 404 page; redirects are no pages). A page of the current state changed
    /// last on its <c>stand</c>. A page of a Fassung carries the Fassung's date — the Beschluss, or the day a Vorlage was
    /// frozen: its text is that of the decided edition, and on that day it got the form it keeps (the banner naming the
    /// Beschluss). The page's own <c>stand</c> would be older and would hide that the decision changed what it says.
    /// </summary>
    public static ImmutableArray<SitemapEntry> Of(SiteIndex index, SiteInputs inputs)
    {
        var edition = inputs.Edition?.This;
        return [.. index.Pages.Where(p => p.Listed).Select(page => edition?.Fassung is { } fassung
            ? new SitemapEntry(edition.SitePath(page.Url), fassung.Manifest.Datum)
            : new SitemapEntry(page.Url, page.FrontMatter?.Stand))];
    }
}
