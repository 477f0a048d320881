namespace SroDocs.Site.FrontMatter;

/// <summary>Finds the YAML block between the opening and closing <c>---</c> lines of a Markdown file.</summary>
public static class FrontMatterSplitter
{
    /// <summary>
    /// Returns the YAML text and the number of file lines before it (1: the opening <c>---</c>),
    /// or null when the file has no complete front matter block.
    /// </summary>
    public static (string Yaml, int LineOffset)? Split(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimStart('\uFEFF').TrimEnd('\r', ' ') != "---")
        {
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r', ' ');
            if (line is "---" or "...")
            {
                return (string.Join('\n', lines[1..i]), 1);
            }
        }

        return null;
    }

    /// <summary>True when the file begins like front matter but never closes it.</summary>
    public static bool IsUnclosed(string text) =>
        text.TrimStart('\uFEFF').StartsWith("---", StringComparison.Ordinal) && Split(text) is null;
}
