using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SroDocs.Testing;

/// <summary>
/// The XSS payloads of <c>tests/Fixtures/xss/payloads.txt</c> and the test every published page must pass: no script
/// but the theme's, no event handler, no script-capable address, no frame, plugin, base or refresh from content.
/// </summary>
public static class XssCorpus
{
    public static IReadOnlyList<string> Payloads { get; } =
        [.. File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "Fixtures", "xss", "payloads.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Replace("\\n", "\n", StringComparison.Ordinal))];

    private static readonly string[] AddressAttributes =
        ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "lowsrc", "dynsrc", "srcset", "longdesc", "codebase"];

    private static readonly string[] ForbiddenElements =
        ["iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "svg", "math", "style", "template", "xmp", "noscript", "isindex", "bgsound", "link[rel=import]"];

    /// <summary>Everything script-capable on a page; empty for a safe page.</summary>
    public static IReadOnlyList<string> Problems(IHtmlDocument page)
    {
        var problems = new List<string>();
        foreach (var script in page.QuerySelectorAll("script"))
        {
            if (script.GetAttribute("src") is not { } src || !src.EndsWith("assets/site.js", StringComparison.Ordinal) || script.TextContent.Length > 0)
            {
                problems.Add("script: " + script.OuterHtml);
            }
        }

        foreach (var element in page.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"Ereignis-Attribut {attribute.Name} an <{element.LocalName}>");
                }

                if (attribute.Name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase) || (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add($"{attribute.Name} an <{element.LocalName}>");
                }

                if (AddressAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && IsScriptCapable(attribute.Value))
                {
                    problems.Add($"{attribute.Name}=\"{attribute.Value}\" an <{element.LocalName}>");
                }
            }
        }

        problems.AddRange(ForbiddenElements.SelectMany(selector => page.QuerySelectorAll(selector)).Select(e => "Element <" + e.LocalName + ">"));
        problems.AddRange(page.QuerySelectorAll("meta[http-equiv]")
            .Where(m => !string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
            .Select(m => "meta http-equiv=" + m.GetAttribute("http-equiv")));
        return problems;
    }

    private static bool IsScriptCapable(string value)
    {
        var normalised = new string(value.Where(c => c > ' ').ToArray()).ToLowerInvariant();
        return normalised.StartsWith("javascript:", StringComparison.Ordinal)
            || normalised.StartsWith("vbscript:", StringComparison.Ordinal)
            || normalised.StartsWith("data:", StringComparison.Ordinal)
            || normalised.StartsWith("livescript:", StringComparison.Ordinal);
    }

    /// <summary>A payload as a double-quoted YAML scalar.</summary>
    public static string Yaml(string payload) =>
        "\"" + payload.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";
}
