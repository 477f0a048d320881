using SroDocs.Site.Data;
using SroDocs.Site.Templates;

namespace SroDocs.Site.Changelog;

/// <summary>The changelog: grouped by Zyklus (newest first), then by phase (most recent first).</summary>
public static class ChangelogModel
{
    public static ViewModel Build(IReadOnlyList<ChangeRecord> records, Taxonomy taxonomy, PageLinks links, string feedHref)
    {
        var cycles = records
            .GroupBy(r => r.Change.Zyklus)
            .OrderByDescending(g => g.Key)
            .Select(cycle => new ViewModel
            {
                ["zyklus"] = cycle.Key,
                ["anchor"] = $"zyklus-{cycle.Key}",
                ["phases"] = cycle
                    .GroupBy(r => r.Change.Phase)
                    .OrderByDescending(g => g.Max(r => r.Change.Date))
                    .Select(phase => new ViewModel
                    {
                        ["name"] = taxonomy.Status.Resolve(phase.Key)?.Name ?? phase.Key,
                        ["entries"] = phase.Select(r => Entry(r, taxonomy, links, withAnchor: true)).ToList(),
                    })
                    .ToList(),
            })
            .ToList();
        return new ViewModel { ["cycles"] = cycles, ["empty"] = records.Count == 0, ["feedHref"] = feedHref };
    }

    /// <summary>One change as a list item (also used for the "Änderungen" section of a Baustein page).</summary>
    public static ViewModel Entry(ChangeRecord record, Taxonomy taxonomy, PageLinks links, bool withAnchor = false) => new()
    {
        ["anchor"] = withAnchor ? record.Anchor : null,
        ["date"] = GermanFormat.Date(record.Change.Date),
        ["dateIso"] = GermanFormat.Iso(record.Change.Date),
        ["zyklus"] = record.Change.Zyklus,
        ["phase"] = taxonomy.Status.Resolve(record.Change.Phase)?.Name ?? record.Change.Phase,
        ["text"] = record.Change.Text,
        ["beschluss"] = record.Change.Beschluss,
        ["pageTitle"] = record.Page.Title,
        ["href"] = links.To(record.Page.Url),
    };
}
