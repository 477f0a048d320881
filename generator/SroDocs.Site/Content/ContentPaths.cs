namespace SroDocs.Site.Content;

/// <summary>Maps content paths to page ids and URLs (Hugo's conventions: <c>_index.md</c> is its folder's page).</summary>
public static class ContentPaths
{
    public const string HomeId = "start";

    /// <summary><c>bausteine/finanzierung.md</c> → <c>/bausteine/finanzierung/</c>; <c>bausteine/_index.md</c> → <c>/bausteine/</c>.</summary>
    public static string UrlOf(string contentPath)
    {
        var withoutExtension = contentPath[..^Path.GetExtension(contentPath).Length];
        var name = Path.GetFileName(withoutExtension);
        var folder = withoutExtension[..^name.Length];
        return name is "_index" or "index" ? "/" + folder : "/" + withoutExtension + "/";
    }

    /// <summary>The default id: the URL without slashes at the ends; the home page is <c>start</c>.</summary>
    public static string DefaultIdOf(string contentPath)
    {
        var id = UrlOf(contentPath).Trim('/');
        return id.Length == 0 ? HomeId : id;
    }

    /// <summary>Markdown files are pages; every other visible file is copied as it is.</summary>
    public static bool IsPage(string contentPath) => contentPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    public static bool IsSectionIndex(string contentPath) => Path.GetFileName(contentPath) == ContentLayout.SectionIndex;

    public static bool IsHome(string contentPath) => contentPath == ContentLayout.SectionIndex;

    /// <summary>The output file of a URL: <c>/a/b/</c> → <c>a/b/index.html</c>; a URL naming a file (<c>/404.html</c>) is that file.</summary>
    public static string DestinationOf(string url) => url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');

    /// <summary>Resolves a relative link target against the folder of a content file; null when it leaves the content root.</summary>
    public static string? Combine(string fromContentPath, string relativeTarget)
    {
        // The folder's segments, then the target's, in one buffer: ".." drops the last segment, "" and "." are skipped.
        var target = Uri.UnescapeDataString(relativeTarget);
        var folderEnd = fromContentPath.LastIndexOf('/');
        var size = Math.Max(folderEnd, 0) + target.Length + 1;
        var buffer = size <= 512 ? stackalloc char[size] : new char[size];
        fromContentPath.AsSpan(0, Math.Max(folderEnd, 0)).CopyTo(buffer);
        var length = Math.Max(folderEnd, 0);
        var segments = folderEnd < 0 ? 0 : fromContentPath.AsSpan(0, folderEnd).Count('/') + 1;
        foreach (var range in target.AsSpan().Split('/'))
        {
            var segment = target.AsSpan(range);
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment is "..")
            {
                if (segments == 0)
                {
                    return null;
                }

                segments--;
                length = Math.Max(buffer[..length].LastIndexOf('/'), 0);
                continue;
            }

            if (segments > 0)
            {
                buffer[length++] = '/';
            }

            segment.CopyTo(buffer[length..]);
            length += segment.Length;
            segments++;
        }

        return new string(buffer[..length]);
    }
}
