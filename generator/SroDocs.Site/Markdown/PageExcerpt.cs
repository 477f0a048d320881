using Markdig.Syntax;

namespace SroDocs.Site.Markdown;

/// <summary>
/// The plain text of a page's first paragraph, shortened at a word boundary: the description for search engines and
/// link previews where front matter has no <c>beschreibung</c>. Only paragraphs directly in the page count, not those
/// inside a placeholder, a quote or a list.
/// </summary>
public static class PageExcerpt
{
    /// <summary>About the length search engines show.</summary>
    public const int MaxLength = 160;

    public static string? Of(MarkdownDocument syntax)
    {
        foreach (var block in syntax)
        {
            if (block is ParagraphBlock paragraph && Shorten(InlineText.Of(paragraph.Inline)) is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>Whitespace folded; beyond <see cref="MaxLength"/> cut at the last space before it, with an ellipsis.</summary>
    public static string Shorten(string text)
    {
        var plain = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (plain.Length <= MaxLength)
        {
            return plain;
        }

        var cut = plain.LastIndexOf(' ', MaxLength - 1);
        var head = cut > MaxLength / 2 ? plain[..cut] : plain[..(MaxLength - 1)];
        return head.TrimEnd(',', ';', ':', '–', '-', ' ') + "…";
    }
}
