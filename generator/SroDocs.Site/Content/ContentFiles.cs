namespace SroDocs.Site.Content;

/// <summary>Lists the files of a content or theme folder, skipping hidden names, in a stable order.</summary>
public static class ContentFiles
{
    /// <summary>Paths relative to <paramref name="root"/>, with '/', sorted ordinally.</summary>
    public static IEnumerable<string> Enumerate(string root, bool skipHidden = true)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(relative => !skipHidden || !relative.Split('/').Any(ContentLayout.IsHidden))
            .Order(StringComparer.Ordinal);
    }
}
