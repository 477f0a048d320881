using SroDocs.Site.Markdown;
using SroDocs.Site.Templates;
using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.Synopse;

/// <summary>
/// Compares two editions' texts: pages by id (so a renamed or moved page is the same page), sections by their anchor,
/// blocks aligned by DiffPlex, words marked by <see cref="WordDiff"/>. Pure: the same texts give the same Synopse.
/// </summary>
public static class SynopseBuilder
{
    /// <param name="changesAfter">Recorded changes after this day (the older edition's date) are the reasons; null takes all.</param>
    /// <param name="changesUntil">… up to this day (the newer edition's date); null for the working state.</param>
    public static SynopseView Build(EditionText older, EditionText newer, string oldLabel, string newLabel, string oldHref, string newHref, DateOnly? changesAfter, DateOnly? changesUntil)
    {
        var pages = new List<SynopsePage>();
        var unchanged = new List<string>();
        foreach (var page in newer.Pages)
        {
            var before = older.ById(page.Id);
            var compared = Compare(before, page);
            if (compared is null)
            {
                unchanged.Add(page.Title);
            }
            else
            {
                pages.Add(compared);
            }
        }

        pages.AddRange(older.Pages.Where(p => newer.ById(p.Id) is null).Select(Removed));
        var reasons = newer.Pages
            .SelectMany(p => p.Changes.Select(c => (Page: p.Title, Change: c)))
            .Where(x => (changesAfter is null || x.Change.Date > changesAfter) && (changesUntil is null || x.Change.Date <= changesUntil))
            .OrderBy(x => x.Change.Date).ThenBy(x => x.Page, StringComparer.Ordinal)
            .Select(x => new ReasonItem(x.Page, GermanFormat.Date(x.Change.Date), x.Change.Text))
            .ToList();
        return new SynopseView(oldLabel, newLabel, oldHref, newHref, reasons, reasons.Count > 0, pages, pages.Count > 0, unchanged, unchanged.Count > 0);
    }

    /// <summary>The differences of one page, or null when it is the same in both.</summary>
    private static SynopsePage? Compare(PageText? before, PageText after)
    {
        if (before is null)
        {
            return new SynopsePage(after.Title, Anchor(after), "neu", [], false,
                [.. after.Sections.Select(s => new SynopseSection(s.Heading ?? "Einleitung", false, [.. s.Blocks.Select(b => new SynopseRow("", WordDiff.AllInserted(b)))]))]);
        }

        var facts = Facts(before, after);
        var sections = Sections(before, after);
        if (facts.Count == 0 && sections.All(s => s.Unchanged))
        {
            return null;
        }

        var note = before.Title != after.Title ? $"umbenannt, vorher „{before.Title}“" : before.Url != after.Url ? "verschoben" : null;
        return new SynopsePage(after.Title, Anchor(after), note, facts, facts.Count > 0, sections);
    }

    private static SynopsePage Removed(PageText page) =>
        new(page.Title, Anchor(page), "entfallen", [], false,
            [.. page.Sections.Select(s => new SynopseSection(s.Heading ?? "Einleitung", false, [.. s.Blocks.Select(b => new SynopseRow(WordDiff.AllDeleted(b), ""))]))]);

    private static List<FactChange> Facts(PageText before, PageText after)
    {
        var facts = new List<FactChange>();
        Add("Titel", before.Title, after.Title);
        Add("Adresse", before.Url, after.Url);
        Add("Status", before.Status, after.Status);
        Add("Zyklus", before.Zyklus?.ToString(System.Globalization.CultureInfo.InvariantCulture), after.Zyklus?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("Version", before.Version, after.Version);
        return facts;

        void Add(string name, string? old, string? now)
        {
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                facts.Add(new FactChange(name, old ?? "–", now ?? "–"));
            }
        }
    }

    /// <summary>The sections in the newer order, each matched by key; sections only the older has follow at the end.</summary>
    private static List<SynopseSection> Sections(PageText before, PageText after)
    {
        var sections = new List<SynopseSection>();
        foreach (var section in after.Sections)
        {
            var old = before.Sections.FirstOrDefault(s => s.Key == section.Key);
            var heading = section.Heading ?? "Einleitung";
            if (old is null)
            {
                sections.Add(new SynopseSection(heading, false, [new SynopseRow("", WordDiff.AllInserted(heading)), .. section.Blocks.Select(b => new SynopseRow("", WordDiff.AllInserted(b)))]));
                continue;
            }

            var rows = Rows(old, section);
            sections.Add(new SynopseSection(heading, rows.Count == 0, rows));
        }

        foreach (var gone in before.Sections.Where(s => after.Sections.All(a => a.Key != s.Key)))
        {
            var heading = gone.Heading ?? "Einleitung";
            sections.Add(new SynopseSection(heading, false, [new SynopseRow(WordDiff.AllDeleted(heading), ""), .. gone.Blocks.Select(b => new SynopseRow(WordDiff.AllDeleted(b), ""))]));
        }

        return sections;
    }

    /// <summary>The rows of a section that changed: changed blocks side by side, unchanged blocks between them as they are; none when nothing changed.</summary>
    private static List<SynopseRow> Rows(SectionText old, SectionText now)
    {
        var rows = new List<SynopseRow>();
        if (old.Heading != now.Heading && old.Heading is not null && now.Heading is not null)
        {
            var (o, n) = WordDiff.Mark(old.Heading, now.Heading);
            rows.Add(new SynopseRow(o, n));
        }

        var blocks = WordDiff.AlignBlocks(old.Blocks, now.Blocks);
        if (blocks.Count == 0)
        {
            return rows;
        }

        var (a, b) = (0, 0);
        foreach (var block in blocks)
        {
            for (; a < block.DeleteStartA && b < block.InsertStartB; a++, b++)
            {
                var same = WordDiff.Escape(old.Blocks[a]);
                rows.Add(new SynopseRow(same, same));
            }

            var paired = Math.Min(block.DeleteCountA, block.InsertCountB);
            for (var i = 0; i < paired; i++)
            {
                var (o, n) = WordDiff.Mark(old.Blocks[block.DeleteStartA + i], now.Blocks[block.InsertStartB + i]);
                rows.Add(new SynopseRow(o, n));
            }

            for (var i = paired; i < block.DeleteCountA; i++)
            {
                rows.Add(new SynopseRow(WordDiff.AllDeleted(old.Blocks[block.DeleteStartA + i]), ""));
            }

            for (var i = paired; i < block.InsertCountB; i++)
            {
                rows.Add(new SynopseRow("", WordDiff.AllInserted(now.Blocks[block.InsertStartB + i])));
            }

            (a, b) = (block.DeleteStartA + block.DeleteCountA, block.InsertStartB + block.InsertCountB);
        }

        for (; a < old.Blocks.Length && b < now.Blocks.Length; a++, b++)
        {
            var same = WordDiff.Escape(old.Blocks[a]);
            rows.Add(new SynopseRow(same, same));
        }

        return rows;
    }

    private static string Anchor(PageText page) => "seite-" + HeadingSlug.Of(page.Id);
}
