using System.Text.RegularExpressions;

namespace SroDocs.Site.Authoring;

/// <summary>
/// Writes values as YAML the way the shipped content does: plain where that reads back as the same text, double-quoted
/// otherwise; longer Markdown as a literal block.
/// </summary>
public static partial class YamlText
{
    /// <summary>A value on one line: <c>Sozialraum</c>, <c>2024-06</c>, <c>"0.1"</c>, <c>"ab 2025-06"</c>, <c>"Ziel: mehr"</c>.</summary>
    public static string Scalar(string value) =>
        PlainSafe().IsMatch(value) && !LooksTyped().IsMatch(value) && value == value.Trim() ? value : Quoted(value);

    /// <summary>Ids as a flow list: <c>[personenbezogen, finanzierungsbezogen]</c>.</summary>
    public static string IdList(IEnumerable<string> ids) => "[" + string.Join(", ", ids) + "]";

    /// <summary>The lines of a literal block (<c>key: |</c>) for <paramref name="text"/>, each indented by <paramref name="indent"/> spaces.</summary>
    public static IEnumerable<string> LiteralBlock(string key, string text, int indent)
    {
        yield return key + ": |";
        foreach (var line in text.Trim().ReplaceLineEndings("\n").Split('\n'))
        {
            yield return line.Length == 0 ? "" : new string(' ', indent) + line.TrimEnd();
        }
    }

    private static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\t", "\\t") + "\"";

    /// <summary>Starts with a letter, digit or an opening quote or bracket; holds nothing YAML gives a meaning to.</summary>
    [GeneratedRegex(@"^[\p{L}\p{N}„(§][^\r\n\t:#\[\]{}&*!|>""'%@`\\]*$")]
    private static partial Regex PlainSafe();

    /// <summary>Values a YAML reader would take for a number, a truth value or nothing.</summary>
    [GeneratedRegex(@"^([-+]?[0-9._]+|0x[0-9a-fA-F]+|true|false|yes|no|on|off|y|n|null|~)$", RegexOptions.IgnoreCase)]
    private static partial Regex LooksTyped();
}
