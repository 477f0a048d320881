using SroDocs.Site.Navigation;

namespace SroDocs.Site.Changelog;

/// <summary>A change together with the page it was recorded on.</summary>
public sealed record ChangeRecord(PageEntry Page, ChangeEntry Change, int Sequence)
{
    /// <summary>All changes of the site, newest first (then by page title, for a stable order).</summary>
    public static IReadOnlyList<ChangeRecord> AllOf(SiteIndex index) =>
        Sorted(index.Pages.SelectMany(Unsorted));

    /// <summary>The changes recorded on one page, newest first.</summary>
    public static IReadOnlyList<ChangeRecord> Of(PageEntry page) => Sorted(Unsorted(page));

    private static IEnumerable<ChangeRecord> Unsorted(PageEntry page) =>
        (page.FrontMatter?.Changes ?? []).Select((change, i) => new ChangeRecord(page, change, i + 1));

    private static List<ChangeRecord> Sorted(IEnumerable<ChangeRecord> records) =>
        records
            .OrderByDescending(r => r.Change.Date)
            .ThenBy(r => r.Page.Title, StringComparer.Ordinal)
            .ThenBy(r => r.Sequence)
            .ToList();

    /// <summary>
    /// A stable anchor (and Atom entry id) for the entry: date plus a hash of page id and text, so inserting
    /// or reordering other entries never changes it.
    /// </summary>
    public string Anchor => $"aenderung-{Change.Date:yyyyMMdd}-{SroDocs.Core.Documents.ContentHash.Of(Page.Id + "\n" + Change.Text)[..8]}";
}
