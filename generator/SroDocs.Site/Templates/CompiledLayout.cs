using System.Text.RegularExpressions;
using HandlebarsDotNet;
using SroDocs.Site.Templates.Direct;

namespace SroDocs.Site.Templates;

/// <summary>
/// A compiled layout. Where the layout prints what it wraps (<c>{{{main}}}</c> in <c>baseof.hbs</c>,
/// <c>{{{content}}}</c> in the others) exactly once and nowhere else uses that name, it is compiled as the part before
/// and the part after, so a page is written straight into its bytes: base layout, layout, body, layout, base layout.
/// The parts of a split layout, and a layout that wraps nothing as a whole, are also read as
/// <see cref="DirectTemplate"/>s where they use nothing else.
/// </summary>
public sealed partial class CompiledLayout
{
    private CompiledLayout(HandlebarsTemplate<TextWriter, object, object>? whole, HandlebarsTemplate<TextWriter, object, object>? before, HandlebarsTemplate<TextWriter, object, object>? after, DirectParts? direct = null)
    {
        Whole = whole;
        Before = before;
        After = after;
        Direct = direct;
    }

    /// <summary>The layout as one template, when it cannot be split.</summary>
    public HandlebarsTemplate<TextWriter, object, object>? Whole { get; }

    public HandlebarsTemplate<TextWriter, object, object>? Before { get; }

    public HandlebarsTemplate<TextWriter, object, object>? After { get; }

    public bool IsSplit => Before is not null;

    /// <summary>The layout as direct templates: the parts of a split layout, or a whole one that wraps nothing; null where they cannot be.</summary>
    public DirectParts? Direct { get; }

    /// <summary>
    /// Compiles <paramref name="text"/>, split around <c>{{{<paramref name="wrapped"/>}}}</c> where that is safe; with
    /// <paramref name="helpers"/> (the site's) the parts are read as direct templates too.
    /// </summary>
    public static CompiledLayout Compile(IHandlebars handlebars, string text, string wrapped, IReadOnlyCollection<TemplateHelper>? helpers = null)
    {
        var marker = "{{{" + wrapped + "}}}";
        var uses = Regex.Matches(text, @"\{\{[^}]*(?<![\w.@])" + Regex.Escape(wrapped) + @"(?![\w])[^}]*\}\}").Count;
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (uses == 1 && at >= 0)
        {
            try
            {
                var (before, after) = (text[..at], text[(at + marker.Length)..]);
                var compiled = (Before: handlebars.Compile(new StringReader(before)), After: handlebars.Compile(new StringReader(after)));
                var direct = helpers is null ? null : DirectParts.Of(DirectTemplateParser.Parse(before, helpers), DirectTemplateParser.Parse(after, helpers));
                return new CompiledLayout(null, compiled.Before, compiled.After, direct);
            }
            catch (HandlebarsException)
            {
                // The marker stands inside a block; the layout is compiled whole (the errors, if any, come from there).
            }
        }

        // A layout that does not use what it wraps at all is read directly as a whole.
        var whole = uses == 0 && helpers is not null && DirectTemplateParser.Parse(text, helpers) is { } alone
            ? new DirectParts(alone, DirectTemplate.Empty, WrapsBody: false)
            : null;
        return new CompiledLayout(handlebars.Compile(new StringReader(text)), null, null, whole);
    }
}

/// <summary>
/// The direct templates of a layout: what comes before what it wraps, and what after; a layout that wraps nothing
/// (<paramref name="WrapsBody"/> false) is all before.
/// </summary>
public sealed record DirectParts(DirectTemplate Before, DirectTemplate After, bool WrapsBody = true)
{
    public static DirectParts? Of(DirectTemplate? before, DirectTemplate? after) =>
        before is null || after is null ? null : new DirectParts(before, after);
}
