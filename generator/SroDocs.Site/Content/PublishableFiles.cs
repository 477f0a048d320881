namespace SroDocs.Site.Content;

/// <summary>
/// Which files are copied to the site, by kind — the one list of them. The content may publish images, PDFs, office
/// documents and plain text; the theme in addition its styles, scripts, fonts and vector graphics. Everything else
/// (an HTML page, a script or an SVG image in the content, an archive …) is not published: those could run code in
/// the site's name.
/// </summary>
public static class PublishableFiles
{
    private static readonly HashSet<string> Content = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico",
        ".pdf", ".txt", ".csv",
        ".odt", ".ods", ".odp", ".docx", ".xlsx", ".pptx", ".doc", ".xls", ".ppt", ".rtf",
        ".mp3", ".mp4", ".webm", ".ogg", ".vtt",
    };

    private static readonly HashSet<string> ThemeOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        ".css", ".js", ".woff2", ".woff", ".svg", ".webmanifest", ".json",
    };

    /// <summary>May the content (including its <c>_theme/</c> folder) publish this file?</summary>
    public static bool FromContent(string path) => Content.Contains(Path.GetExtension(path)) || (IsThemeOverride(path) && Path.GetExtension(path).Equals(".css", StringComparison.OrdinalIgnoreCase));

    /// <summary>May the theme publish this file?</summary>
    public static bool FromTheme(string path) => Content.Contains(Path.GetExtension(path)) || ThemeOnly.Contains(Path.GetExtension(path));

    /// <summary>The kinds the content may publish, as authors read them.</summary>
    public static string AllowedForContent => string.Join(", ", Content.Order(StringComparer.Ordinal));

    private static bool IsThemeOverride(string path) => path.StartsWith(ContentLayout.ThemeOverrideFolder + "/", StringComparison.Ordinal);
}
