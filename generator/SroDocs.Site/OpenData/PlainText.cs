using System.Text.RegularExpressions;

namespace SroDocs.Site.OpenData;

/// <summary>Markdown from a data file as plain text on one line: link labels stay, markup and line breaks go.</summary>
public static partial class PlainText
{
    public static string Of(string markdown) => Whitespace().Replace(Markdig.Markdown.ToPlainText(markdown), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
