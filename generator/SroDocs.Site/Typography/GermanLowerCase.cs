namespace SroDocs.Site.Typography;

/// <summary>
/// <see cref="char.ToLowerInvariant(char)"/> without a call into ICU for the letters German text is made of: ASCII and
/// Ä, Ö, Ü are lowered here, every other character as the invariant culture lowers it. Slugs and compound joints lower
/// every letter of every heading, where ICU's per-call cost showed up in the profile.
/// </summary>
public static class GermanLowerCase
{
    public static char Of(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
        < '\u0080' => c,
        'Ä' => 'ä',
        'Ö' => 'ö',
        'Ü' => 'ü',
        'ä' or 'ö' or 'ü' or 'ß' => c,
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>Writes <paramref name="text"/> lowered into <paramref name="destination"/> (at least as long).</summary>
    public static void Into(ReadOnlySpan<char> text, Span<char> destination)
    {
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = Of(text[i]);
        }
    }
}
