using System.Text.RegularExpressions;

namespace SroDocs.Site.Redirects;

/// <summary>Which former addresses a redirect can be written for: a path of the site, made of plain folder names.</summary>
public static partial class AliasPath
{
    /// <summary>
    /// <c>/bausteine/alter-name/</c> as it is, <c>/bausteine/alter-name</c> with the closing '/'; null for anything that
    /// is not a folder path of the site ('..', '?', '#', '%', spaces, another host, the home page).
    /// </summary>
    public static string? Normalize(string alias)
    {
        var path = alias.Trim();
        if (!path.StartsWith('/') || path == "/")
        {
            return null;
        }

        path = path.EndsWith('/') ? path : path + "/";
        var segments = path[1..^1].Split('/');
        return segments.All(s => Segment().IsMatch(s) && s is not ("." or "..")) ? path : null;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex Segment();
}
