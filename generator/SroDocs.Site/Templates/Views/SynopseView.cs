namespace SroDocs.Site.Templates.Views;

/// <summary>
/// A Synopse between two editions, in the form of German administrative practice: per page (matched by id) and per
/// section, "Bisherige Fassung | Neue Fassung", changes marked word by word, unchanged sections collapsed, changes of
/// status, Zyklus and version listed, and the recorded changes of the interval as the reasons.
/// </summary>
public sealed record SynopseView(
    string OldLabel,
    string NewLabel,
    string OldHref,
    string NewHref,
    IReadOnlyList<ReasonItem> Reasons,
    bool HasReasons,
    IReadOnlyList<SynopsePage> Pages,
    bool HasChanges,
    IReadOnlyList<string> Unchanged,
    bool HasUnchanged);

/// <summary>A page that differs; <paramref name="Note"/> says "neu", "entfallen", "umbenannt" or "verschoben" where it applies.</summary>
public sealed record SynopsePage(string Title, string Anchor, string? Note, IReadOnlyList<FactChange> Facts, bool HasFacts, IReadOnlyList<SynopseSection> Sections);

/// <summary>A changed fact of the front matter: status, Zyklus, version, title, address.</summary>
public sealed record FactChange(string Name, string Old, string New);

/// <summary>A section of a page: unchanged ones only named, others as rows of the two columns.</summary>
public sealed record SynopseSection(string Heading, bool Unchanged, IReadOnlyList<SynopseRow> Rows);

/// <summary>One block in both columns, as HTML with the changes marked (escaped text, written by the builder).</summary>
public sealed record SynopseRow(string OldHtml, string NewHtml);

/// <summary>A change recorded in the interval: the reason the Synopse gives for it.</summary>
public sealed record ReasonItem(string Page, string Date, string Text);
