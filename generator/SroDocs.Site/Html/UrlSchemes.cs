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
        var normalised = address.AsSpan().IndexOfAnyInRange('\0', ' ') >= 0 || address.Contains('\u007f')
            ? new string(address.Where(c => c > ' ' && c != '\u007f').ToArray())
            : address;
        var colon = normalised.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var scheme = normalised.AsSpan(0, colon);
        var slash = normalised.AsSpan().IndexOfAny('/', '?', '#');
        return (slash < 0 || slash > colon) && char.IsAsciiLetter(scheme[0]) && IsSchemeText(scheme)
            ? scheme.ToString().ToLowerInvariant()
            : null;
    }

    private static bool IsSchemeText(ReadOnlySpan<char> scheme)
    {
        foreach (var c in scheme)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsUnsafe(string address) => SchemeOf(address) is { } scheme && !Allowed.Contains(scheme);
}
