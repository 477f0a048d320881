using SroDocs.Site.Data;
using SroDocs.Site.Templates;
using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.Changelog;

/// <summary>The changelog: grouped by Zyklus (newest first), then by phase (most recent first).</summary>
public static class ChangelogModel
{
    public static ChangelogView Build(IReadOnlyList<ChangeRecord> records, Taxonomy taxonomy, PageLinks links, string feedHref)
    {
        var cycles = records
            .GroupBy(r => r.Change.Zyklus)
            .OrderByDescending(g => g.Key)
            .Select(cycle => new CycleView(
                cycle.Key,
                $"zyklus-{cycle.Key}",
                [.. cycle
                    .GroupBy(r => r.Change.Phase)
                    .OrderByDescending(g => g.Max(r => r.Change.Date))
                    .Select(phase => new PhaseView(
                        taxonomy.Status.Resolve(phase.Key)?.Name ?? phase.Key,
                        [.. phase.Select(r => Entry(r, taxonomy, links, withAnchor: true))]))]))
            .ToList();
        return new ChangelogView(cycles, records.Count == 0, feedHref);
    }

    /// <summary>One change as a list item (also used for the "Änderungen" section of a Baustein page).</summary>
    public static ChangeView Entry(ChangeRecord record, Taxonomy taxonomy, PageLinks links, bool withAnchor = false) => new(
        withAnchor ? record.Anchor : null,
        GermanFormat.Date(record.Change.Date),
        GermanFormat.Iso(record.Change.Date),
        record.Change.Zyklus,
        taxonomy.Status.Resolve(record.Change.Phase)?.Name ?? record.Change.Phase,
        record.Change.Text,
        record.Change.Beschluss,
        record.Page.Title,
        links.To(record.Page.Url));
}
