using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Abbreviations;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SroDocs.Site.Glossary;

/// <summary>
/// Marks the first occurrence of each glossary term on a page as a <see cref="GlossaryTermInline"/>, working on the
/// Markdown syntax tree. Headings, links, code, abbreviations and raw HTML elements such as <c>&lt;a&gt;</c> are left
/// alone, and so is every block with the class <c>kein-glossar</c> (<c>{.kein-glossar}</c>). Text is matched the way a
/// reader sees it: adjacent pieces of text (and soft line breaks) form one run.
/// </summary>
public static partial class GlossaryTermLinker
{
    public const string OptOutClass = "kein-glossar";

    /// <summary>Raw HTML elements whose text is not marked.</summary>
    [GeneratedRegex(@"^<(/?)(a|abbr|code|pre|kbd|samp|script|style|button|label|h[1-6])\b", RegexOptions.IgnoreCase)]
    private static partial Regex SkippedHtmlTag();

    /// <param name="glossaryHref">The glossary page, relative to the page being processed.</param>
    public static void Apply(MarkdownDocument syntax, TermMatcher matcher, string glossaryHref)
    {
        if (!matcher.HasTerms)
        {
            return;
        }

        var linked = new HashSet<string>(StringComparer.Ordinal);
        Visit(syntax, new Page(matcher, glossaryHref, linked, []));
    }

    private static void Visit(ContainerBlock container, Page page)
    {
        foreach (var block in container)
        {
            if (block.TryGetAttributes()?.Classes?.Contains(OptOutClass) == true || block is HeadingBlock or HtmlBlock)
            {
                continue;
            }

            if (block is ContainerBlock inner)
            {
                Visit(inner, page);
            }
            else if (block is LeafBlock { Inline: { } inline })
            {
                VisitInlines(inline, page);
            }
        }
    }

    private static void VisitInlines(ContainerInline container, Page page)
    {
        var run = page.Run;
        var skipDepth = 0;
        var child = container.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            if (skipDepth == 0 && IsText(child))
            {
                run.Add(child);
                child = next;
                continue;
            }

            Link(page);
            switch (child)
            {
                case HtmlInline html when SkippedHtmlTag().Match(html.Tag) is { Success: true } tag:
                    skipDepth = Math.Max(0, skipDepth + (tag.Groups[1].Value == "/" ? -1 : html.Tag.EndsWith("/>", StringComparison.Ordinal) ? 0 : 1));
                    break;
                case LinkInline or AutolinkInline or CodeInline or AbbreviationInline or GlossaryTermInline:
                    break;
                case ContainerInline inner when skipDepth == 0:
                    VisitInlines(inner, page);
                    break;
            }

            child = next;
        }

        Link(page);
    }

    private static bool IsText(Inline inline) => inline is LiteralInline or HtmlEntityInline or LineBreakInline { IsHard: false };

    /// <summary>
    /// The text of a run as a reader sees it: a single piece is read where it stands (a range of the string it points
    /// into), several are joined into one string.
    /// </summary>
    private static (string Text, int Start, int End) TextOf(List<Inline> run)
    {
        if (run is [LiteralInline only])
        {
            return (only.Content.Text, only.Content.Start, only.Content.End + 1);
        }

        var text = new StringBuilder();
        foreach (var piece in run)
        {
            switch (piece)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                default:
                    text.Append('\n');
                    break;
            }
        }

        var joined = text.ToString();
        return (joined, 0, joined.Length);
    }

    /// <summary>Replaces a run of text pieces by text and terms where it contains terms not yet marked; clears the run.</summary>
    private static void Link(Page page)
    {
        var (matcher, glossaryHref, linked, run) = page;
        if (run.Count == 0)
        {
            return;
        }

        // Most runs hold no term: that is decided piece by piece without joining their texts (a term only spans pieces
        // when one of its forms contains a character Markdig splits text at, which the matcher knows). A single piece
        // is searched where it stands anyway.
        if (run.Count > 1 && !matcher.FormsMaySpanPieces && !MayContainTerm(run, matcher))
        {
            run.Clear();
            return;
        }

        var (value, start, end) = TextOf(run);
        List<(GlossaryTerm Term, int Index, int Length)>? matches = null;
        foreach (var match in matcher.Matches(value, start, end))
        {
            if (linked.Add(match.Term.Id))
            {
                (matches ??= []).Add(match);
            }
        }

        if (matches is not null)
        {
            // Markdig's InsertAfter keeps the sibling links intact; new pieces follow the run, which is then removed.
            var cursor = run[^1];
            var position = start;
            foreach (var (term, index, length) in matches)
            {
                cursor = InsertText(cursor, value, position, index);
                cursor = Insert(cursor, new GlossaryTermInline(term, value.Substring(index, length), glossaryHref + "#" + term.Id));
                position = index + length;
            }

            InsertText(cursor, value, position, end);
            foreach (var piece in run)
            {
                piece.Remove();
            }
        }

        run.Clear();
    }

    /// <summary>
    /// One page's linking: the terms already marked, and the run of text pieces being gathered (empty whenever a
    /// container is entered or left, so one list serves the page).
    /// </summary>
    private sealed record Page(TermMatcher Matcher, string GlossaryHref, HashSet<string> Linked, List<Inline> Run);

    private static bool MayContainTerm(List<Inline> run, TermMatcher matcher)
    {
        foreach (var piece in run)
        {
            if (piece is LiteralInline literal && matcher.MayContain(literal.Content.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Inserts <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> after
    /// <paramref name="cursor"/>, soft line breaks as line breaks, as pieces of that one string; returns the last inline inserted.
    /// </summary>
    private static Inline InsertText(Inline cursor, string text, int start, int end)
    {
        while (true)
        {
            var lineEnd = text.IndexOf('\n', start, end - start);
            var stop = lineEnd < 0 ? end : lineEnd;
            if (stop > start)
            {
                cursor = Insert(cursor, new LiteralInline(new StringSlice(text, start, stop - 1)));
            }

            if (lineEnd < 0)
            {
                return cursor;
            }

            cursor = Insert(cursor, new LineBreakInline { IsHard = false });
            start = lineEnd + 1;
        }
    }

    private static Inline Insert(Inline cursor, Inline next)
    {
        cursor.InsertAfter(next);
        return next;
    }
}
