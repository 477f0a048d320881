using System.Text;

namespace SroDocs.Site.Markdown;

/// <summary>German-aware heading anchors: "Überprüfung & Anpassung" → <c>ueberpruefung-anpassung</c>.</summary>
public static class HeadingSlug
{
    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var pendingDash = false;
        foreach (var original in text)
        {
            var c = Typography.GermanLowerCase.Of(original);
            var replacement = c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ => null,
            };
            if (replacement is null && !char.IsAsciiLetterOrDigit(c))
            {
                pendingDash = builder.Length > 0;
                continue;
            }

            if (pendingDash)
            {
                builder.Append('-');
                pendingDash = false;
            }

            if (replacement is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(replacement);
            }
        }

        return builder.Length == 0 ? "abschnitt" : builder.ToString();
    }
}

/// <summary>
/// Hands out anchors that are unique on one page: the slug, then the slug with -2, -3, … Each slug remembers the next
/// number to try, so a page with a thousand equal headings costs a thousand steps, not half a million.
/// </summary>
public sealed class UniqueAnchors(IEnumerable<string> taken, IReadOnlySet<string>? reserved = null)
{
    private readonly HashSet<string> _taken = new(taken, StringComparer.Ordinal);
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

    public string For(string slug)
    {
        var n = _next.GetValueOrDefault(slug, 1);
        var candidate = n == 1 ? slug : $"{slug}-{n}";
        while (reserved?.Contains(candidate) == true || !_taken.Add(candidate))
        {
            candidate = $"{slug}-{++n}";
        }

        _next[slug] = n + 1;
        return candidate;
    }
}
