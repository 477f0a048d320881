using SroDocs.Site.Templates.Views;

namespace SroDocs.Site.Glossary;

/// <summary>The glossary page: all terms A–Z, grouped by initial letter, each with a stable anchor.</summary>
public static class GlossaryModel
{
    public static GlossaryView Build(GlossaryData glossary, Func<GlossaryTerm, string> renderDefinition, Func<string, string> termHref)
    {
        var letters = glossary.Terms
            .OrderBy(t => t.SortKey, StringComparer.Ordinal)
            .GroupBy(t => char.IsAsciiLetter(t.SortKey[0]) ? t.SortKey[..1] : "#")
            .Select(group => new LetterView(
                group.Key,
                "buchstabe-" + group.Key.ToLowerInvariant(),
                [.. group.Select(term => new TermView(
                    term.Id,
                    term.DisplayName,
                    term.Abbreviation,
                    term.Term,
                    term.Short,
                    renderDefinition(term),
                    term.LegalBasis,
                    [.. term.SeeAlso.Select(glossary.Find).OfType<GlossaryTerm>().Select(t => new NamedLink(t.DisplayName, termHref(t.Id)))],
                    [.. term.Sources.Select(s => new SourceView(s.Title, s.Url))]))]))
            .ToList();
        return new GlossaryView(letters, glossary.Terms.Length);
    }
}
