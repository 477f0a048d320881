using System.Text.RegularExpressions;

namespace SroDocs.Site.Privacy;

/// <summary>
/// Finds what a stylesheet or a template would load from another origin: CSS <c>url()</c> and <c>@import</c>, and in
/// templates every loading attribute — <c>src</c>, <c>srcset</c> (each candidate), <c>poster</c>, <c>data</c>, the
/// <c>href</c> of <c>link</c>, <c>use</c> and <c>image</c>, and <c>url()</c> inside <c>style</c> attributes. Plain links
/// (<c>&lt;a href&gt;</c>) to other sites are not loads and stay allowed. Pure: text in, findings out.
/// </summary>
public static partial class ForeignReferences
{
    /// <summary>One address that would be loaded from elsewhere, at its offset in the text.</summary>
    public sealed record Finding(int Offset, string Address, string What);

    public static IEnumerable<Finding> InCss(string css, int offset = 0)
    {
        foreach (Match match in CssReference().Matches(StripComments(css)))
        {
            var address = match.Groups["url"].Value.Trim().Trim('"', '\'').Trim();
            if (IsForeign(address))
            {
                yield return new Finding(offset + match.Index, address, match.Value.StartsWith('@') ? "@import" : "url()");
            }
        }
    }

    public static IEnumerable<Finding> InTemplate(string template)
    {
        foreach (Match match in LoadingAttribute().Matches(template))
        {
            var attribute = match.Groups["attribute"].Value.ToLowerInvariant();
            var value = match.Groups["value"].Value;
            var tagStart = template.LastIndexOf('<', match.Index);
            var tag = tagStart < 0 ? "" : TagName().Match(template, tagStart).Groups[1].Value.ToLowerInvariant();
            switch (attribute)
            {
                case "style":
                    foreach (var finding in InCss(value, match.Groups["value"].Index))
                    {
                        yield return finding with { What = $"<{tag} style>" };
                    }

                    break;
                case "srcset":
                    foreach (var candidate in value.Split(',').Select(c => c.Trim().Split(' ')[0]).Where(IsForeign))
                    {
                        yield return new Finding(match.Groups["value"].Index, candidate, $"<{tag} srcset>");
                    }

                    break;
                case "href" when tag is not ("link" or "use" or "image"):
                    break;
                default:
                    if (IsForeign(value.Trim()))
                    {
                        yield return new Finding(match.Groups["value"].Index, value.Trim(), $"<{tag} {attribute}>");
                    }

                    break;
            }
        }
    }

    /// <summary>True for addresses on another origin: with a scheme that fetches (http, https, ftp) or protocol-relative (<c>//host/…</c>).</summary>
    public static bool IsForeign(string address) =>
        address.StartsWith("//", StringComparison.Ordinal) || ForeignScheme().IsMatch(address);

    private static string StripComments(string css) => CssComment().Replace(css, match => new string(' ', match.Length));

    [GeneratedRegex(@"@import\s+(?:url\(\s*)?(?<url>""[^""]*""|'[^']*'|[^\s;)]+)|url\(\s*(?<url>""[^""]*""|'[^']*'|[^)]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex CssReference();

    [GeneratedRegex(@"/\*[\s\S]*?\*/")]
    private static partial Regex CssComment();

    [GeneratedRegex(@"\b(?<attribute>src|srcset|poster|data|style|href|xlink:href)\s*=\s*""(?<value>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex LoadingAttribute();

    [GeneratedRegex(@"<\s*([a-zA-Z][a-zA-Z0-9-]*)")]
    private static partial Regex TagName();

    [GeneratedRegex(@"^\s*(?:https?|ftp):", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignScheme();
}
