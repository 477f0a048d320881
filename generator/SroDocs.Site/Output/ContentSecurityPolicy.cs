using System.Text;

namespace SroDocs.Site.Output;

/// <summary>
/// The Content-Security-Policy every page carries, put in by the generator right after <c>&lt;head&gt;</c> (not by the
/// theme, so no template can leave it out): scripts, styles, fonts and images only from the site itself, no inline
/// script or style, no plugins, no frames, no base address. Should anything slip past the checks, the browser still
/// refuses to run it. <c>'wasm-unsafe-eval'</c> lets the site's own search engine (Pagefind) compile its WebAssembly;
/// it allows no JavaScript <c>eval</c>.
/// </summary>
public static class ContentSecurityPolicy
{
    public const string Policy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "media-src 'self'; object-src 'none'; frame-src 'none'; child-src 'none'; worker-src 'self'; base-uri 'none'; form-action 'self'";

    public static readonly byte[] Meta = Encoding.UTF8.GetBytes($"\n<meta http-equiv=\"Content-Security-Policy\" content=\"{Policy}\">");

    /// <summary>
    /// Where the policy goes: before anything that could load, just after the opening <c>&lt;head&gt;</c> tag, or after
    /// the <c>&lt;meta charset&gt;</c> that follows it (the character set must come first); the start of the page if
    /// there is no head.
    /// </summary>
    public static int InsertionPoint(ReadOnlySpan<byte> page)
    {
        var head = TagEnd(page, 0, "<head"u8);
        if (head < 0)
        {
            return 0;
        }

        var charset = TagEnd(page, head, "<meta charset"u8);
        return charset > 0 && page[head..(charset - 1)].IndexOf((byte)'<') == page[head..].IndexOf("<meta"u8) ? charset : head;
    }

    /// <summary>The position after the '>' of the first tag starting with <paramref name="start"/> from <paramref name="from"/>, or -1.</summary>
    private static int TagEnd(ReadOnlySpan<byte> page, int from, ReadOnlySpan<byte> start)
    {
        var at = IndexOfIgnoreCase(page[from..], start);
        if (at < 0)
        {
            return -1;
        }

        var end = page[(from + at)..].IndexOf((byte)'>');
        return end < 0 ? -1 : from + at + end + 1;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerCaseNeedle)
    {
        for (var i = 0; i + lowerCaseNeedle.Length <= text.Length; i++)
        {
            if (Ascii.EqualsIgnoreCase(text.Slice(i, lowerCaseNeedle.Length), lowerCaseNeedle)
                && (i + lowerCaseNeedle.Length == text.Length || text[i + lowerCaseNeedle.Length] is (byte)'>' or (byte)' ' or (byte)'=' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                return i;
            }
        }

        return -1;
    }
}
