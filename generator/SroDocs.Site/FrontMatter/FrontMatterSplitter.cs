namespace SroDocs.Site.FrontMatter;

/// <summary>Finds the YAML block between the opening and closing <c>---</c> lines of a Markdown file.</summary>
public static class FrontMatterSplitter
{
    /// <summary>The YAML text (it starts on the file's second line), or null when the file has no complete front matter block.</summary>
    public static string? Split(string text)
    {
        var start = text.IndexOf('\n');
        if (!StartsWithFence(text) || start < 0)
        {
            return null;
        }

        for (var lineStart = start + 1; lineStart > 0 && lineStart <= text.Length;)
        {
            var end = text.IndexOf('\n', lineStart);
            var line = (end < 0 ? text[lineStart..] : text[lineStart..end]).TrimEnd('\r', ' ');
            if (line is "---" or "...")
            {
                return text[(start + 1)..lineStart].TrimEnd('\n');
            }

            if (end < 0)
            {
                break;
            }

            lineStart = end + 1;
        }

        return null;
    }

    /// <summary>True when the file begins like front matter but never closes it.</summary>
    public static bool IsUnclosed(string text) => StartsWithFence(text) && Split(text) is null;

    private static bool StartsWithFence(string text)
    {
        var firstLineEnd = text.IndexOf('\n');
        var first = (firstLineEnd < 0 ? text : text[..firstLineEnd]).TrimStart('\uFEFF').TrimEnd('\r', ' ');
        return first == "---";
    }
}
