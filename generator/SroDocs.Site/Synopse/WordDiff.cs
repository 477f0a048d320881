using System.Text;
using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Model;

namespace SroDocs.Site.Synopse;

/// <summary>
/// A word-level comparison of two texts with DiffPlex, rendered for the two columns of a Synopse: deleted words in
/// <c>&lt;del&gt;</c> in the old text, new words in <c>&lt;ins&gt;</c> in the new one, each with a visible bracket and
/// words for screen readers, so the change never depends on colour. A word is a run of letters and digits (umlauts
/// and ß included) with inner hyphens, and a hyphen that ends a compound's first part ("Kinder-"); punctuation and
/// spaces are tokens of their own, so a changed word shows as that word.
/// </summary>
public static partial class WordDiff
{
    private static readonly IChunker Words = new WordTokens();

    /// <summary>The two texts as HTML (escaped), with what the other lacks marked.</summary>
    public static (string OldHtml, string NewHtml) Mark(string oldText, string newText)
    {
        var diff = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, Words);
        return (Render(diff.PiecesOld, diff.DiffBlocks.Select(b => (b.DeleteStartA, b.DeleteCountA)), Deleted),
                Render(diff.PiecesNew, diff.DiffBlocks.Select(b => (b.InsertStartB, b.InsertCountB)), Inserted));
    }

    /// <summary>A whole text as deleted (a block or section that is gone).</summary>
    public static string AllDeleted(string text) => Deleted(Escape(text));

    /// <summary>A whole text as inserted (a block or section that is new).</summary>
    public static string AllInserted(string text) => Inserted(Escape(text));

    /// <summary>The two texts split into the blocks DiffPlex compares, one token per block.</summary>
    public static IList<DiffBlock> AlignBlocks(IReadOnlyList<string> oldBlocks, IReadOnlyList<string> newBlocks) =>
        Differ.Instance.CreateDiffs(string.Join(BlockSeparator, oldBlocks), string.Join(BlockSeparator, newBlocks), false, false, new BlockTokens()).DiffBlocks;

    private const char BlockSeparator = '\u001F';

    private static string Deleted(string html) =>
        $"<del><span class=\"diff-marke\" aria-hidden=\"true\">[−</span><span class=\"visually-hidden\">gestrichen: </span>{html}<span class=\"diff-marke\" aria-hidden=\"true\">]</span></del>";

    private static string Inserted(string html) =>
        $"<ins><span class=\"diff-marke\" aria-hidden=\"true\">[+</span><span class=\"visually-hidden\">eingefügt: </span>{html}<span class=\"diff-marke\" aria-hidden=\"true\">]</span></ins>";

    /// <summary>The pieces of one side, each changed run (with the spaces inside it) wrapped once.</summary>
    private static string Render(IReadOnlyList<string> pieces, IEnumerable<(int Start, int Count)> changes, Func<string, string> wrap)
    {
        var changed = new bool[pieces.Count];
        foreach (var (start, count) in changes)
        {
            for (var i = start; i < start + count; i++)
            {
                changed[i] = true;
            }
        }

        var html = new StringBuilder();
        for (var i = 0; i < pieces.Count;)
        {
            if (!changed[i])
            {
                html.Append(Escape(pieces[i++]));
                continue;
            }

            // A changed run: consecutive changed pieces, and spaces between two of them; spaces at its ends stay outside.
            var end = i;
            while (end < pieces.Count && (changed[end] || (IsSpace(pieces[end]) && end + 1 < pieces.Count && changed[end + 1])))
            {
                end++;
            }

            var run = new StringBuilder();
            for (var j = i; j < end; j++)
            {
                run.Append(pieces[j]);
            }

            // Spaces at the run's ends stay outside the mark; a change of spaces alone is not marked.
            var text = run.ToString();
            var inner = text.Trim();
            var leading = text.Length - text.TrimStart().Length;
            html.Append(Escape(text[..leading]));
            html.Append(inner.Length > 0 ? wrap(Escape(inner)) : "");
            html.Append(Escape(text[(leading + inner.Length)..]));
            i = end;
        }

        return html.ToString();
    }

    /// <summary>Escapes text for HTML; letters (umlauts, ß) stay as they are.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    private static bool IsSpace(string piece) => piece.Length > 0 && char.IsWhiteSpace(piece[0]);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*-?|\s+|.", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    private sealed class WordTokens : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => [.. Token().Matches(text).Select(m => m.Value)];
    }

    private sealed class BlockTokens : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split(BlockSeparator);
    }
}
