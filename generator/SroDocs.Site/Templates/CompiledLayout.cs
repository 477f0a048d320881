using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace SroDocs.Site.Templates;

/// <summary>
/// A compiled layout. Where the layout prints what it wraps (<c>{{{main}}}</c> in <c>baseof.hbs</c>,
/// <c>{{{content}}}</c> in the others) exactly once and nowhere else uses that name, it is compiled as the part before
/// and the part after, so a page is written straight into its bytes: base layout, layout, body, layout, base layout.
/// </summary>
public sealed partial class CompiledLayout
{
    private CompiledLayout(HandlebarsTemplate<TextWriter, object, object>? whole, HandlebarsTemplate<TextWriter, object, object>? before, HandlebarsTemplate<TextWriter, object, object>? after)
    {
        Whole = whole;
        Before = before;
        After = after;
    }

    /// <summary>The layout as one template, when it cannot be split.</summary>
    public HandlebarsTemplate<TextWriter, object, object>? Whole { get; }

    public HandlebarsTemplate<TextWriter, object, object>? Before { get; }

    public HandlebarsTemplate<TextWriter, object, object>? After { get; }

    public bool IsSplit => Before is not null;

    /// <summary>Compiles <paramref name="text"/>, split around <c>{{{<paramref name="wrapped"/>}}}</c> where that is safe.</summary>
    public static CompiledLayout Compile(IHandlebars handlebars, string text, string wrapped)
    {
        var marker = "{{{" + wrapped + "}}}";
        var uses = Regex.Matches(text, @"\{\{[^}]*(?<![\w.@])" + Regex.Escape(wrapped) + @"(?![\w])[^}]*\}\}").Count;
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (uses == 1 && at >= 0)
        {
            try
            {
                return new CompiledLayout(null, handlebars.Compile(new StringReader(text[..at])), handlebars.Compile(new StringReader(text[(at + marker.Length)..])));
            }
            catch (HandlebarsException)
            {
                // The marker stands inside a block; the layout is compiled whole (the errors, if any, come from there).
            }
        }

        return new CompiledLayout(handlebars.Compile(new StringReader(text)), null, null);
    }
}
