using System.Text.RegularExpressions;
using SroDocs.Site.Markdown;

namespace SroDocs.Site.Authoring;

/// <summary>
/// The ids <c>new</c> writes (Bausteine, glossary terms, milestones, file names): lower-case letters without umlauts, digits
/// and single hyphens, as in the shipped taxonomy (<c>gross-klein</c>), so they make plain web addresses and anchors.
/// </summary>
public static partial class Kennung
{
    public static bool IsValid(string value) => Pattern().IsMatch(value);

    /// <summary>The id made from a title or term: "Qualität & Prüfung" → <c>qualitaet-pruefung</c>; empty when nothing is left.</summary>
    public static string From(string text) => HeadingSlug.Of(text);

    /// <summary>Why <paramref name="value"/> is no id, with a better one where there is one, in German.</summary>
    public static string Problem(string value, string what)
    {
        var better = From(value);
        var hint = better.Length > 0 && better != value ? $" Vorschlag: '{better}'." : "";
        return $"{what} '{value}' ist ungültig: erlaubt sind Kleinbuchstaben ohne Umlaute (ä → ae), Ziffern und einzelne Bindestriche, z. B. 'sozialraumbudget'.{hint}";
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
