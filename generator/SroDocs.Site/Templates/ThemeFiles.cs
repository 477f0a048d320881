using SroDocs.Site.Content;

namespace SroDocs.Site.Templates;

/// <summary>
/// The theme's files with the site's overrides laid over them (Hugo's rule: a file in the content folder's
/// <c>_theme/</c> wins over the theme file with the same relative path).
/// </summary>
public sealed class ThemeFiles(string themeRoot, string contentRoot)
{
    public string OverrideRoot { get; } = Path.Combine(contentRoot, ContentLayout.ThemeOverrideFolder);

    /// <summary>Relative path → absolute path, for every file below <paramref name="folder"/> (e.g. <c>layouts</c>).</summary>
    public IReadOnlyDictionary<string, string> In(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in new[] { Path.Combine(themeRoot, folder), Path.Combine(OverrideRoot, folder) })
        {
            foreach (var relative in ContentFiles.Enumerate(root, skipHidden: false))
            {
                files[relative] = Path.Combine(root, relative);
            }
        }

        return files;
    }
}
