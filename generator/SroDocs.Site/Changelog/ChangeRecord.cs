using SroDocs.Site.Navigation;

namespace SroDocs.Site.Changelog;

/// <summary>A change together with the page it was recorded on.</summary>
public sealed record ChangeRecord(PageEntry Page, ChangeEntry Change, int Sequence)
{
    /// <summary>All changes of the site, newest first (then by page title, for a stable order).</summary>
    public static IReadOnlyList<ChangeRecord> AllOf(SiteIndex index) =>
        index.Pages
            .Where(p => p.FrontMatter is not null)
            .SelectMany(p => p.FrontMatter!.Changes.Select((c, i) => new ChangeRecord(p, c, i + 1)))
            .OrderByDescending(r => r.Change.Date)
            .ThenBy(r => r.Page.Title, StringComparer.Ordinal)
            .ThenBy(r => r.Sequence)
            .ToList();

    /// <summary>A stable anchor for the entry on the changelog page.</summary>
    public string Anchor => $"{Page.Id.Replace('/', '-')}-{Sequence}";
}
