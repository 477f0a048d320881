using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SroDocs.Core.Diagnostics;

namespace SroDocs.Site.Templates;

/// <summary>
/// The text of one theme template and what can be read from it once, before any page is rendered: the element ids
/// it writes literally, and the links it writes literally (checked once per template, not once per page).
/// </summary>
public sealed partial record TemplateSource(string Key, string Display, string Text)
{
    /// <summary>
    /// The text as Handlebars.Net should compile it. A partial call that stands alone on an indented line loses the
    /// indentation: Handlebars.Net 2.4.3 renders such partials without HTML escaping (their output then only lacks
    /// the indent).
    /// </summary>
    public string Compilable => IndentedPartial().Replace(Text, "");

    /// <summary>Element ids written literally, e.g. <c>id="inhalt"</c>; heading anchors avoid them.</summary>
    public ImmutableHashSet<string> LiteralIds =>
        LiteralId().Matches(Text).Select(m => m.Groups[1].Value).ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>Links and resources whose address is written in the template, not taken from the page's data.</summary>
    public ImmutableArray<TemplateLink> LiteralLinks =>
        [.. LinkAttribute().Matches(Text)
            .Select(m => (Match: m, Value: m.Groups["value"].Value))
            .Select(x => (x.Match, Literal: RootRelative().Match(x.Value) is { Success: true } root ? root.Groups[1].Value : x.Value, FromRoot: x.Value.StartsWith("{{root}}", StringComparison.Ordinal)))
            .Where(x => !x.Literal.Contains("{{", StringComparison.Ordinal))
            .Select(x => new TemplateLink(x.Match.Groups["tag"].Value.ToLowerInvariant(), x.Match.Groups["attribute"].Value.ToLowerInvariant(), x.Literal, x.FromRoot, At(x.Match.Groups["value"].Index)))];

    /// <summary>Where the template uses <paramref name="name"/> (a segment of a <c>{{…}}</c> expression), for a located error.</summary>
    public SourceLocation? Locate(string name)
    {
        foreach (Match expression in Expression().Matches(Text))
        {
            var found = Regex.Match(expression.Value, $@"(?<![\w@]){Regex.Escape(name)}(?!\w)");
            if (found.Success)
            {
                return At(expression.Index + found.Index);
            }
        }

        return null;
    }

    public SourceLocation At(int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < Text.Length; i++)
        {
            if (Text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(Display, line, offset - lineStart + 1);
    }

    [GeneratedRegex(@"(?m)^[ \t]+(?=\{\{~?>[^}]*\}\}[ \t]*\r?$)")]
    private static partial Regex IndentedPartial();

    [GeneratedRegex(@"\bid=""([A-Za-z][A-Za-z0-9_-]*)""")]
    private static partial Regex LiteralId();

    [GeneratedRegex(@"<(?<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*?\b(?<attribute>href|src|srcset|poster|data|action|formaction)=""(?<value>[^""]*)""")]
    private static partial Regex LinkAttribute();

    [GeneratedRegex(@"^\{\{root\}\}(.*)$")]
    private static partial Regex RootRelative();

    [GeneratedRegex(@"\{\{[^}]*\}\}")]
    private static partial Regex Expression();
}

/// <summary>A literal link in a template: <c>&lt;link href="{{root}}assets/site.css"&gt;</c> → <c>assets/site.css</c> from the site root.</summary>
/// <param name="FromRoot">True when the address follows <c>{{root}}</c>, i.e. is relative to the site root.</param>
public sealed record TemplateLink(string Tag, string Attribute, string Address, bool FromRoot, SourceLocation Location)
{
    /// <summary>True for elements that load what they point to (as opposed to links a reader follows).</summary>
    public bool LoadsResource => Tag is not ("a" or "area" or "form") && Attribute != "action";
}
