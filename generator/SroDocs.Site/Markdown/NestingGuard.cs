using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Markdown;

/// <summary>
/// Rejects pathological nesting before the Markdown parser sees it, in one pass over the text: block quotes, lists and
/// HTML elements nested deeper than any document needs, and pages of absurd size. A staircase of five thousand block
/// quotes then costs a line scan and is reported at the line and column where it gets too deep, instead of minutes.
/// </summary>
public static class NestingGuard
{
    public const int MaximumQuoteDepth = 16;
    public const int MaximumListIndent = 64;
    public const int MaximumHtmlDepth = 64;
    public const int MaximumLength = 20 * 1024 * 1024;

    /// <summary>
    /// True for Markdig's "too deeply nested": its parser counts nesting, its renderer also stops where the thread's
    /// stack runs short (so the same page may pass on one thread and not on another). Either way the page is too deep.
    /// </summary>
    public static bool IsMarkdigDepthLimit(ArgumentException exception) =>
        exception.Message.Contains("too deeply nested", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first problem, located in the file, or null when the text is fine.</summary>
    /// <param name="lineOffset">Lines before <paramref name="text"/> in its file (0 for a whole page).</param>
    public static Diagnostic? Check(string text, string display, int lineOffset = 0)
    {
        if (text.Length > MaximumLength)
        {
            return FrontMatterDiagnostics.PageTooLarge(SourceLocation.FileOnly(display), MaximumLength / (1024 * 1024));
        }

        var htmlDepth = 0;
        var line = lineOffset;
        for (var start = 0; start < text.Length;)
        {
            line++;
            var end = text.IndexOf('\n', start);
            var content = end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start);
            if (QuoteDepth(content, out var column) > MaximumQuoteDepth)
            {
                return FrontMatterDiagnostics.MarkdownTooDeep(new SourceLocation(display, line, column), "Zitate ('>')", MaximumQuoteDepth);
            }

            if (ListIndent(content) is var indent and > MaximumListIndent)
            {
                return FrontMatterDiagnostics.MarkdownTooDeep(new SourceLocation(display, line, indent + 1), "Listen", MaximumListIndent / 2);
            }

            for (var i = 0; i < content.Length; i++)
            {
                if (content[i] != '<' || i + 1 >= content.Length)
                {
                    continue;
                }

                if (char.IsAsciiLetter(content[i + 1]) && !IsVoid(content[(i + 1)..]))
                {
                    if (++htmlDepth > MaximumHtmlDepth)
                    {
                        return FrontMatterDiagnostics.MarkdownTooDeep(new SourceLocation(display, line, i + 1), "HTML-Elemente", MaximumHtmlDepth);
                    }
                }
                else if (content[i + 1] == '/' && htmlDepth > 0)
                {
                    htmlDepth--;
                }
            }

            start = end < 0 ? text.Length : end + 1;
        }

        return null;
    }

    /// <summary>How many '>' open the line (spaces between them allowed), and the column of the last one.</summary>
    private static int QuoteDepth(ReadOnlySpan<char> line, out int column)
    {
        var depth = 0;
        column = 1;
        for (var i = 0; i < line.Length && line[i] is '>' or ' ' or '\t'; i++)
        {
            if (line[i] == '>')
            {
                depth++;
                column = i + 1;
            }
        }

        return depth;
    }

    /// <summary>The indentation (tabs as four spaces) of a list item, including list markers stacked on one line; 0 otherwise.</summary>
    private static int ListIndent(ReadOnlySpan<char> line)
    {
        var indent = 0;
        var i = 0;
        var marker = false;
        while (i < line.Length)
        {
            if (line[i] == ' ')
            {
                indent++;
            }
            else if (line[i] == '\t')
            {
                indent += 4;
            }
            else if (line[i] is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] == ' ')
            {
                marker = true;
                indent += 2;
                i++;
            }
            else
            {
                break;
            }

            i++;
        }

        return marker ? indent : 0;
    }

    private static readonly string[] VoidElements = ["br", "hr", "img", "wbr", "input", "meta", "link", "col", "area", "base", "source", "track", "embed", "param"];

    private static bool IsVoid(ReadOnlySpan<char> tag)
    {
        foreach (var name in VoidElements)
        {
            if (tag.StartsWith(name, StringComparison.OrdinalIgnoreCase) && (tag.Length == name.Length || !char.IsAsciiLetterOrDigit(tag[name.Length])))
            {
                return true;
            }
        }

        var close = tag.IndexOf('>');
        return close > 0 && tag[close - 1] == '/';
    }
}
