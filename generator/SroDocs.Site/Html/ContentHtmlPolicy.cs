using AngleSharp.Dom;
using Ganss.Xss;

namespace SroDocs.Site.Html;

/// <summary>
/// What HTML written in Markdown (and in data texts) may contain: an allow-list for documentation, enforced by
/// HtmlSanitizer on the parsed tree. Everything else — scripts, event handlers, styles, frames, forms, SVG and MathML,
/// <c>javascript:</c>/<c>data:</c>/<c>vbscript:</c> addresses — is removed, and each removal is reported to the
/// author. Links to pages and images are written in Markdown, so HTML addresses may only point to other sites or to
/// an anchor of the same page.
/// </summary>
public static class ContentHtmlPolicy
{
    public static readonly IReadOnlySet<string> AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
        "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
        "li", "mark", "ol", "p", "pre", "q", "s", "samp", "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    };

    public static readonly IReadOnlySet<string> AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "id", "class", "href", "src", "alt", "title", "width", "height", "colspan", "rowspan", "scope", "headers", "lang",
        "dir", "datetime", "cite", "open", "start", "reversed", "abbr", "aria-label", "aria-labelledby", "aria-describedby", "tabindex",
    };

    public static readonly IReadOnlySet<string> AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" };

    /// <summary>Attributes whose value is an address (the sanitiser checks their scheme).</summary>
    public static readonly IReadOnlySet<string> AddressAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "cite", "action", "formaction", "poster", "background", "longdesc", "data", "xlink:href", "srcset",
    };

    /// <summary>A sanitiser with the policy; <paramref name="removed"/> hears of everything it takes out.</summary>
    public static HtmlSanitizer Create(Action<HtmlRemoval> removed)
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(AllowedAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(AllowedSchemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(AddressAttributes, StringComparer.OrdinalIgnoreCase),
        })
        {
            KeepChildNodes = false,
        };
        sanitizer.RemovingTag += (_, e) => removed(new HtmlRemoval(e.Tag, null, e.Reason));
        sanitizer.RemovingAttribute += (_, e) => removed(new HtmlRemoval(e.Tag, e.Attribute.Name, e.Reason) { Value = e.Attribute.Value });
        sanitizer.RemovingStyle += (_, e) => removed(new HtmlRemoval(e.Tag, "style", e.Reason));
        sanitizer.RemovingAtRule += (_, e) => removed(new HtmlRemoval(e.Tag, "style", RemoveReason.NotAllowedStyle));
        sanitizer.RemovingCssClass += (_, e) => removed(new HtmlRemoval(e.Tag, "class", e.Reason));
        return sanitizer;
    }
}

/// <summary>One thing the sanitiser took out: an element, or an attribute of it.</summary>
public sealed record HtmlRemoval(IElement Element, string? Attribute, RemoveReason Reason)
{
    public string? Value { get; init; }

    public string Tag => Element.LocalName;
}
