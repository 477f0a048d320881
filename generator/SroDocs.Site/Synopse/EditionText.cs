using System.Collections.Immutable;

namespace SroDocs.Site.Synopse;

/// <summary>The text of one edition as a Synopse compares it: its pages by id, in reading order, with their sections.</summary>
public sealed record EditionText(ImmutableArray<PageText> Pages)
{
    public PageText? ById(string id) => Pages.FirstOrDefault(p => p.Id == id);
}

/// <summary>A page as text: what it is called, where it is, its facts from front matter, its sections and its recorded changes.</summary>
public sealed record PageText(
    string Id,
    string Title,
    string Url,
    string? Status,
    int? Zyklus,
    string? Version,
    ImmutableArray<SectionText> Sections,
    ImmutableArray<ChangeText> Changes);

/// <summary>A section of a page (what follows a <c>##</c> heading; the text before the first heading has none), as plain-text blocks.</summary>
/// <param name="Key">What identifies the section across editions: its anchor (an explicit <c>{#id}</c> survives a new heading text).</param>
public sealed record SectionText(string? Heading, string Key, ImmutableArray<string> Blocks);

/// <summary>A change a page records in its front matter (<c>aenderungen</c>).</summary>
public sealed record ChangeText(DateOnly Date, string Text);
