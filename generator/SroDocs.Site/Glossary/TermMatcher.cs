using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SroDocs.Site.Glossary;

/// <summary>
/// Finds glossary terms in running text: whole words only (letters and digits of any script count as word
/// characters, so umlauts and ß are handled; a hyphen ends a word, so "HzE-Leistungen" contains "HzE"),
/// case-sensitive, longest form first.
/// </summary>
public sealed class TermMatcher
{
    private readonly Regex? _pattern;
    private readonly ImmutableDictionary<string, GlossaryTerm> _byForm;

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

        _byForm = forms.ToImmutableDictionary(StringComparer.Ordinal);
        if (forms.Count > 0)
        {
            var alternation = string.Join("|", forms.Keys.OrderByDescending(f => f.Length).Select(Regex.Escape));
            _pattern = new Regex($@"(?<![\p{{L}}\p{{N}}_])(?:{alternation})(?![\p{{L}}\p{{N}}_])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        }
    }

    /// <summary>The terms found in <paramref name="text"/>, in order, with their position.</summary>
    public IEnumerable<(GlossaryTerm Term, int Index, int Length)> Matches(string text)
    {
        if (_pattern is null)
        {
            yield break;
        }

        foreach (Match match in _pattern.Matches(text))
        {
            yield return (_byForm[match.Value], match.Index, match.Length);
        }
    }
}
