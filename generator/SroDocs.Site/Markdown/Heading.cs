namespace SroDocs.Site.Markdown;

/// <summary>A heading of a page body with its anchor, for the table of contents and anchor checks.</summary>
public sealed record Heading(int Level, string Text, string Anchor);
