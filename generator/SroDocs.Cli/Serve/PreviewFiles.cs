namespace SroDocs.Cli.Serve;

/// <summary>
/// Maps a request path to a file of the built preview, never to anything outside it: the path is decoded once,
/// segments <c>.</c>, <c>..</c>, empty names, backslashes and NUL are refused, and the result must lie under the root.
/// </summary>
public sealed class PreviewFiles(string root)
{
    private readonly string _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    /// <summary>The file for <paramref name="requestPath"/> (a folder means its <c>index.html</c>); null when there is none or the path is refused.</summary>
    public string? Find(string requestPath)
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

        var path = Path.GetFullPath(Path.Combine(_root, Path.Combine(segments)));
        if (!(path + Path.DirectorySeparatorChar).StartsWith(_root, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "index.html");
        }

        return File.Exists(path) && path.StartsWith(_root, StringComparison.Ordinal) ? path : null;
    }

    /// <summary>The site's own 404 page, where it has one.</summary>
    public string? NotFoundPage => File.Exists(_root + "404.html") ? _root + "404.html" : null;
}
