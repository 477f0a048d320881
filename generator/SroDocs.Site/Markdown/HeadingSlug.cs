using System.Text;

namespace SroDocs.Site.Markdown;

/// <summary>German-aware heading anchors: "Überprüfung & Anpassung" → <c>ueberpruefung-anpassung</c>.</summary>
public static class HeadingSlug
{
    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text.ToLowerInvariant())
        {
            var mapped = c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ => char.IsAsciiLetterOrDigit(c) ? c.ToString() : null,
            };
            if (mapped is null)
            {
                pendingDash = builder.Length > 0;
                continue;
            }

            if (pendingDash)
            {
                builder.Append('-');
                pendingDash = false;
            }

            builder.Append(mapped);
        }

        return builder.Length == 0 ? "abschnitt" : builder.ToString();
    }

    /// <summary>Makes <paramref name="slug"/> unique among <paramref name="taken"/> by appending -2, -3, …</summary>
    public static string Unique(string slug, ISet<string> taken)
    {
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
