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
            var c = char.ToLowerInvariant(original);
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

    /// <summary>Makes <paramref name="slug"/> unique among <paramref name="taken"/> (and clear of <paramref name="reserved"/>) by appending -2, -3, …</summary>
    public static string Unique(string slug, ISet<string> taken, IReadOnlySet<string>? reserved = null)
    {
        var candidate = slug;
        for (var n = 2; reserved?.Contains(candidate) == true || !taken.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
