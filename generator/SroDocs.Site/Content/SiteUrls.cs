namespace SroDocs.Site.Content;

/// <summary>Relative links between pages, so that a site (or a frozen Fassung) works under any prefix and offline.</summary>
public static class SiteUrls
{
    /// <summary>
    /// The link from page <paramref name="fromUrl"/> to <paramref name="toUrl"/> (both site paths like <c>/a/b/</c>, the
    /// target may carry <c>#anchor</c>): up from the source's folder to the folder both share, then down to the target.
    /// </summary>
    public static string Relative(string fromUrl, string toUrl)
    {
        var hash = toUrl.IndexOf('#');
        var target = hash >= 0 ? toUrl.AsSpan(0, hash) : toUrl.AsSpan();
        var fragment = hash >= 0 ? toUrl.AsSpan(hash) : [];
        var from = fromUrl.AsSpan(0, fromUrl.LastIndexOf('/') + 1);

        // The longest common prefix that ends with '/' in both: the folder the two share.
        var shared = 0;
        for (var i = 0; i < from.Length && i < target.Length && from[i] == target[i]; i++)
        {
            if (from[i] == '/')
            {
                shared = i + 1;
            }
        }

        var up = from[shared..].Count('/');
        var down = target[shared..];
        var length = (up * 3) + down.Length;
        if (length == 0)
        {
            return fragment.Length > 0 ? fragment.ToString() : "./";
        }

        // The target's rest and fragment are copied from the target itself (its end from 'shared' on).
        return string.Create(length + fragment.Length, (up, toUrl, shared), static (span, state) =>
        {
            var position = 0;
            for (var i = 0; i < state.up; i++)
            {
                "../".AsSpan().CopyTo(span[position..]);
                position += 3;
            }

            state.toUrl.AsSpan(state.shared).CopyTo(span[position..]);
        });
    }

    /// <summary>The prefix from a page to the site root, e.g. <c>../../</c>; empty for the home page.</summary>
    public static string ToRoot(string fromUrl) => Relative(fromUrl, "/") is var up && up == "./" ? "" : up;
}
