using System.Collections.Immutable;

namespace SroDocs.Cli.Serve;

/// <summary>
/// The files the preview serves, held in memory: the last good build and, once indexed, its search index. A request
/// path maps to a key of these files and never to the disk: the path is decoded once, segments <c>.</c>, <c>..</c>,
/// names starting with a dot, backslashes and NUL are refused.
/// </summary>
public sealed class PreviewFiles
{
    private static readonly ImmutableSortedDictionary<string, byte[]> None = ImmutableSortedDictionary<string, byte[]>.Empty.WithComparers(StringComparer.Ordinal);

    private volatile ImmutableSortedDictionary<string, byte[]> _site = None;
    private volatile ImmutableSortedDictionary<string, byte[]> _search = None;

    /// <summary>Serves the site's files, as the last good build wrote them.</summary>
    public void ShowSite(ImmutableSortedDictionary<string, byte[]> files) => _site = files;

    /// <summary>The search index (files below <c>pagefind/</c>), made after the build it belongs to.</summary>
    public void ShowSearch(ImmutableSortedDictionary<string, byte[]> files) => _search = files;

    /// <summary>The file for <paramref name="requestPath"/> (a folder means its <c>index.html</c>); null when there is none or the path is refused.</summary>
    public PreviewFile? Find(string requestPath)
    {
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(requestPath);
        }
        catch (UriFormatException)
        {
            return null;
        }

        if (!decoded.StartsWith('/') || decoded.Contains('\\') || decoded.Contains('\0'))
        {
            return null;
        }

        var segments = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.StartsWith('.')))
        {
            return null;
        }

        var key = string.Join('/', segments);
        return Lookup(key) ?? Lookup(key.Length == 0 ? "index.html" : key + "/index.html");
    }

    /// <summary>The site's own 404 page, where it has one.</summary>
    public PreviewFile? NotFoundPage => Lookup("404.html");

    private PreviewFile? Lookup(string key) =>
        key.Length > 0 && (_site.TryGetValue(key, out var bytes) || _search.TryGetValue(key, out bytes)) ? new PreviewFile(key, bytes) : null;
}

/// <param name="Path">The file's path below the site root, with '/'.</param>
public sealed record PreviewFile(string Path, byte[] Bytes);
