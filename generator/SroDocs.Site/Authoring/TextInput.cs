using SroDocs.Site.Content;
using SroDocs.Site.Data;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Authoring;

/// <summary>Checks of what an author passes to <c>new</c>, each a German refusal naming the option.</summary>
public static class TextInput
{
    /// <summary>A refusal when <paramref name="value"/> is given but empty or not one line of text; null when it is fine or absent.</summary>
    public static Refusal? OneLine(string? value, string option)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Trim().Length == 0)
        {
            return Refusal.Usage($"{option} ist leer.");
        }

        return value.Contains('\n') || value.Contains('\r') || TextFiles.FirstControlCharacter(value) is not null
            ? Refusal.Usage($"{option} darf keine Zeilenumbrüche oder Steuerzeichen enthalten.")
            : null;
    }

    /// <summary>The first refusal of several checks, or null.</summary>
    public static Refusal? First(params Refusal?[] checks) => checks.FirstOrDefault(c => c is not null);

    /// <summary>Values given once each or comma-separated (<c>--ebene a,b --ebene c</c>), trimmed, without repeats.</summary>
    public static IReadOnlyList<string> Split(IEnumerable<string> values) =>
        [.. values.SelectMany(v => v.Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct()];

    /// <summary>The ids of <paramref name="values"/> in <paramref name="facet"/> (by id, name or number), or a refusal naming the allowed ids.</summary>
    public static (IReadOnlyList<string> Ids, Refusal? Refusal) Resolve(IEnumerable<string> values, Facet facet, string label)
    {
        var ids = new List<string>();
        foreach (var value in values)
        {
            if (facet.Find(value) is not { } term)
            {
                return ([], Refusal.Usage($"Unbekannter Wert '{value}' für {label}. Erlaubt ({facet.Label}): {facet.Allowed}.{Suggestion.For(value, facet.Terms.Select(t => t.Id))}"));
            }

            if (!ids.Contains(term.Id))
            {
                ids.Add(term.Id);
            }
        }

        return (ids, null);
    }
}
