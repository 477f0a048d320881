using SroDocs.Site.Markdown;

namespace SroDocs.Site.Content;

/// <summary>
/// What a file or folder name may contain. Names must survive a checkout on Windows (the city office's machines) and
/// must not change the meaning of a web address; names that merely make addresses awkward (spaces, umlauts, capitals)
/// are allowed with a hint.
/// </summary>
public static class FileNames
{
    private static readonly HashSet<string> ReservedOnWindows = new(
        ["CON", "PRN", "AUX", "NUL", .. Enumerable.Range(1, 9).SelectMany(n => new[] { $"COM{n}", $"LPT{n}" })],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Characters Windows forbids in names, and those with a meaning in web addresses (<c>#</c>, <c>%</c>).</summary>
    private const string Forbidden = "<>:\"|?*\\#%";

    /// <summary>Why <paramref name="name"/> (one segment of a path) breaks a checkout or an address, or null when it does not.</summary>
    public static string? Breaking(string name)
    {
        if (name.FirstOrDefault(c => char.IsControl(c) || Forbidden.Contains(c)) is var bad and not '\0')
        {
            return char.IsControl(bad) ? "ein Steuerzeichen" : $"das Zeichen '{bad}'";
        }

        if (name.EndsWith('.') || name.EndsWith(' '))
        {
            return "einen Punkt oder ein Leerzeichen am Ende";
        }

        var stem = name.Split('.')[0];
        return ReservedOnWindows.Contains(stem) ? $"den unter Windows reservierten Namen '{stem}'" : null;
    }

    /// <summary>True when <paramref name="name"/> gives a plain address: lower-case letters, digits, '-', '_' and '.'.</summary>
    public static bool IsPlain(string name) =>
        name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.');

    /// <summary>A plain name for <paramref name="name"/>, keeping its extension: "Mit Leerzeichen.md" → "mit-leerzeichen.md".</summary>
    public static string PlainFor(string name)
    {
        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        var prefix = stem.StartsWith('_') ? "_" : "";
        return prefix + HeadingSlug.Of(stem) + extension.ToLowerInvariant();
    }
}
