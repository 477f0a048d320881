using System.Collections.Frozen;
using System.Text;

namespace SroDocs.Site.Typography;

/// <summary>
/// Soft hyphens (U+00AD) at the joints of long German compounds, so a heading on a narrow screen breaks
/// "Sozial-raum-orientierung" with a visible hyphen, never in the middle of a word without one (browsers without German
/// hyphenation would otherwise cut anywhere). A joint is where a known word part begins; short words stay as they are.
/// Only for display: titles in <c>&lt;title&gt;</c>, feeds and data keep their plain text.
/// </summary>
public static class GermanCompounds
{
    public const char SoftHyphen = '\u00AD';

    /// <summary>Words shorter than this are never split.</summary>
    private const int MinimumLength = 12;

    /// <summary>Neither part of a split may be shorter than this.</summary>
    private const int MinimumPart = 4;

    /// <summary>Word parts that begin a new element of a compound (lower case), longest first where they overlap.</summary>
    private static readonly string[] Parts =
    [
        "orientierung", "entwicklung", "management", "bearbeitung", "beteiligung", "begleitung", "evaluation", "finanzierung",
        "erklärung", "freiheit", "qualität", "steuerung", "struktur", "planung", "bildung", "konzept", "prinzip", "verlauf",
        "leistung", "angebot", "zentrum", "gruppe", "region", "sprache", "schutz", "arbeit", "bericht", "projekt", "modell",
        "familie", "jugend", "kinder", "träger", "stadt", "hilfe", "raum", "räum", "fall", "weiter", "bezogen", "budget",
        "kraft", "kräfte", "schule", "gebärden", "barriere", "stelle", "ebene", "fassung", "beschluss", "ausschuss",
        "gesetz", "gleich", "stellung", "behinder", "verordnung", "information", "technik", "richtlinie", "verwaltung",
        "verfahren", "zuständig", "durchsetz", "grundlage", "beauftragt", "schlichtung", "ordnung", "vorlage",
    ];

    /// <summary>The parts by their first letter: a position is compared with the few parts that can begin there.</summary>
    private static readonly FrozenDictionary<char, string[]> PartsByFirstLetter =
        Parts.GroupBy(part => part[0]).ToFrozenDictionary(group => group.Key, group => group.ToArray());

    /// <summary>Words at least this long are split somewhere even where no known part begins, so they never overflow a narrow screen.</summary>
    private const int MustSplitLength = 20;

    /// <summary><paramref name="text"/> with soft hyphens in its long words; text that has them already is left alone.</summary>
    public static string SoftHyphenate(string text)
    {
        if (text.Length < MinimumLength || text.Contains(SoftHyphen))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || !char.IsLetter(text[i]))
            {
                AppendWord(result, text.AsSpan(start, i - start));
                if (i < text.Length)
                {
                    result.Append(text[i]);
                }

                start = i + 1;
            }
        }

        return result.ToString();
    }

    private static void AppendWord(StringBuilder result, ReadOnlySpan<char> word)
    {
        if (word.Length < MinimumLength)
        {
            result.Append(word);
            return;
        }

        Span<char> lower = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        GermanLowerCase.Into(word, lower);
        var last = 0;
        for (var position = MinimumPart; position <= word.Length - MinimumPart; position++)
        {
            if (position - last < MinimumPart || !BeginsPart(lower[position..]))
            {
                continue;
            }

            result.Append(word[last..position]).Append(SoftHyphen);
            last = position;
        }

        if (last == 0 && word.Length >= MustSplitLength)
        {
            // No known joint: break after a vowel followed by a consonant, about every eight letters.
            for (var position = 8; position <= word.Length - MinimumPart; position++)
            {
                if (position - last >= 8 && IsVowel(lower[position - 1]) && !IsVowel(lower[position]))
                {
                    result.Append(word[last..position]).Append(SoftHyphen);
                    last = position;
                }
            }
        }

        result.Append(word[last..]);
    }

    private static bool BeginsPart(ReadOnlySpan<char> rest)
    {
        if (!PartsByFirstLetter.TryGetValue(rest[0], out var parts))
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (rest.StartsWith(part, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'ä' or 'ö' or 'ü' or 'y';

    /// <summary>True when <paramref name="text"/> holds a word of <see cref="MustSplitLength"/> letters or more.</summary>
    public static bool HasVeryLongWord(ReadOnlySpan<char> text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsLetter(c) ? run + 1 : 0;
            if (run >= MustSplitLength)
            {
                return true;
            }
        }

        return false;
    }
}
