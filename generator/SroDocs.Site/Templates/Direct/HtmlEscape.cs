using System.Buffers;

namespace SroDocs.Site.Templates.Direct;

/// <summary>Handlebars' HTML escaping: <c>&amp; &lt; &gt; " ' ` =</c> become entities, everything else stays.</summary>
internal static class HtmlEscape
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'`=");

    public static void Write(string text, TextWriter writer)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var at = rest.IndexOfAny(Special);
            if (at < 0)
            {
                writer.Write(rest);
                return;
            }

            writer.Write(rest[..at]);
            writer.Write(rest[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#x27;",
                '`' => "&#x60;",
                _ => "&#x3D;",
            });
            rest = rest[(at + 1)..];
        }
    }
}
