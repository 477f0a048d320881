using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;

namespace SroDocs.Site.Glossary;

/// <summary>
/// Finds glossary terms in running text: whole words only (letters and digits of any script count as word
/// characters, so umlauts and ß are handled; a hyphen ends a word, so "HzE-Leistungen" contains "HzE"),
/// case-sensitive, longest form first. One vectorised search (<see cref="SearchValues{T}"/>) over the text; no
/// pattern is compiled at run time.
/// </summary>
public sealed class TermMatcher
{
    private readonly SearchValues<string>? _forms;
    private readonly ImmutableDictionary<char, ImmutableArray<(string Form, GlossaryTerm Term)>> _byFirstChar;

    public TermMatcher(GlossaryData glossary)
    {
        var forms = new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal);
        foreach (var term in glossary.Terms)
        {
            foreach (var form in term.RecognisedForms)
            {
                forms.TryAdd(form, term);
            }
        }

        _byFirstChar = forms
            .GroupBy(f => f.Key[0])
            .ToImmutableDictionary(g => g.Key, g => g.OrderByDescending(f => f.Key.Length).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value)).ToImmutableArray());
        _forms = forms.Count > 0 ? SearchValues.Create([.. forms.Keys], StringComparison.Ordinal) : null;
        FormsMaySpanPieces = forms.Keys.Any(form => form.Any(c => !char.IsLetterOrDigit(c) && c is not (' ' or '-' or '.' or ',' or '/' or '(' or ')' or '\'')));
    }

    /// <summary>
    /// True when a form contains a character at which Markdig may split running text into several pieces (such as
    /// <c>*</c>, <c>_</c>, <c>[</c> or <c>&amp;</c>); then a form can only be found in the pieces joined.
    /// </summary>
    public bool FormsMaySpanPieces { get; }

    public bool HasTerms => _forms is not null;

    /// <summary>False when <paramref name="text"/> contains no recognised form at all (a fast test before <see cref="Matches"/>).</summary>
    public bool MayContain(ReadOnlySpan<char> text) => _forms is not null && text.IndexOfAny(_forms) >= 0;

    /// <summary>
    /// The terms found in <paramref name="text"/> from <paramref name="start"/> up to <paramref name="end"/> (a piece of a
    /// longer string; what lies outside is not looked at), in order, with their position in <paramref name="text"/>.
    /// </summary>
    public IEnumerable<(GlossaryTerm Term, int Index, int Length)> Matches(string text, int start, int end)
    {
        if (_forms is null)
        {
            yield break;
        }

        var position = start;
        while (position < end)
        {
            var found = text.AsSpan(position, end - position).IndexOfAny(_forms);
            if (found < 0)
            {
                yield break;
            }

            var index = position + found;
            if (LongestWholeWord(text, index, start, end) is { } match)
            {
                yield return (match.Term, index, match.Form.Length);
                position = index + match.Form.Length;
            }
            else
            {
                position = index + 1;
            }
        }
    }

    private (string Form, GlossaryTerm Term)? LongestWholeWord(string text, int index, int start, int end)
    {
        if (index > start && IsWordCharacter(text[index - 1]))
        {
            return null;
        }

        foreach (var candidate in _byFirstChar.GetValueOrDefault(text[index], []))
        {
            var formEnd = index + candidate.Form.Length;
            if (text.AsSpan(index, end - index).StartsWith(candidate.Form, StringComparison.Ordinal) && (formEnd == end || !IsWordCharacter(text[formEnd])))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool IsWordCharacter(char c) =>
        c == '_' || char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
            or UnicodeCategory.OtherNumber;
}
