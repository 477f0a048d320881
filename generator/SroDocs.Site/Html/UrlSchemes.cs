namespace SroDocs.Site.Html;

/// <summary>
/// Which address schemes a page may use: relative addresses, <c>http</c>, <c>https</c>, <c>mailto</c>, <c>tel</c>, and
/// SroDocs's own <c>xref:</c> and <c>glossar:</c>. Judged after removing whitespace and control characters, which
/// browsers ignore (<c>java&#9;script:</c>).
/// </summary>
public static class UrlSchemes
{
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel", "xref", "glossar" };

    /// <summary>The scheme of an address (lower case), or null for a relative address.</summary>
    public static string? SchemeOf(string address)
    {
        var normalised = new string(address.Where(c => c > ' ' && c != '\u007f').ToArray());
        var colon = normalised.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var scheme = normalised[..colon];
        var slash = normalised.IndexOfAny(['/', '?', '#']);
        return (slash < 0 || slash > colon) && char.IsAsciiLetter(scheme[0]) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')
            ? scheme.ToLowerInvariant()
            : null;
    }

    public static bool IsUnsafe(string address) => SchemeOf(address) is { } scheme && !Allowed.Contains(scheme);
}
