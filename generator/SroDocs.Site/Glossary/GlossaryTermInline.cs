using Markdig.Syntax.Inlines;

namespace SroDocs.Site.Glossary;

/// <summary>A glossary term found in running text: rendered as a link to its entry with a tooltip.</summary>
public sealed class GlossaryTermInline(GlossaryTerm term, string text, string href) : LeafInline
{
    public GlossaryTerm Term { get; } = term;

    /// <summary>The text as written on the page.</summary>
    public string Text { get; } = text;

    /// <summary>The link to the term's entry, relative to the page.</summary>
    public string Href { get; } = href;
}
