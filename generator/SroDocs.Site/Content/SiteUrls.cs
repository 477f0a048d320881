namespace SroDocs.Site.Content;

/// <summary>Relative links between pages, so that a site (or a frozen Fassung) works under any prefix and offline.</summary>
public static class SiteUrls
{
    /// <summary>The link from page <paramref name="fromUrl"/> to <paramref name="toUrl"/> (both site paths like <c>/a/b/</c>, the target may carry <c>#anchor</c>).</summary>
    public static string Relative(string fromUrl, string toUrl)
    {
        var hash = toUrl.IndexOf('#');
        var fragment = hash >= 0 ? toUrl[hash..] : "";
        var target = hash >= 0 ? toUrl[..hash] : toUrl;
        var fromParts = fromUrl.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var fromFolders = fromUrl.EndsWith('/') ? fromParts : fromParts[..^1];
        var toParts = target.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < fromFolders.Length && common < toParts.Length && fromFolders[common] == toParts[common])
        {
            common++;
        }

        var up = string.Concat(Enumerable.Repeat("../", fromFolders.Length - common));
        var down = string.Join('/', toParts[common..]);
        if (down.Length > 0 && target.EndsWith('/'))
        {
            down += "/";
        }

        var path = up + down;
        if (path.Length == 0)
        {
            path = fragment.Length > 0 ? "" : "./";
        }

        return path + fragment;
    }

    /// <summary>The prefix from a page to the site root, e.g. <c>../../</c>.</summary>
    public static string ToRoot(string fromUrl) => Relative(fromUrl, "/") is "./" ? "" : Relative(fromUrl, "/");
}
