using SroDocs.Site.Templates;

namespace SroDocs.Site.Glossary;

/// <summary>The glossary page: all terms A–Z, grouped by initial letter, each with a stable anchor.</summary>
public static class GlossaryModel
{
    public static ViewModel Build(GlossaryData glossary, Func<string, string> renderMarkdown, Func<string, string> termHref)
    {
        var letters = glossary.Terms
            .OrderBy(t => t.SortKey, StringComparer.Ordinal)
            .GroupBy(t => char.IsAsciiLetter(t.SortKey[0]) ? t.SortKey[..1] : "#")
            .Select(group => new ViewModel
            {
                ["letter"] = group.Key,
                ["anchor"] = "buchstabe-" + group.Key.ToLowerInvariant(),
                ["terms"] = group.Select(term => new ViewModel
                {
                    ["id"] = term.Id,
                    ["name"] = term.DisplayName,
                    ["abbreviation"] = term.Abbreviation,
                    ["term"] = term.Term,
                    ["short"] = term.Short,
                    ["definition"] = renderMarkdown(term.Definition),
                    ["legalBasis"] = term.LegalBasis,
                    ["seeAlso"] = term.SeeAlso.Select(id => glossary.Find(id)).Where(t => t is not null)
                        .Select(t => new ViewModel { ["name"] = t!.DisplayName, ["href"] = termHref(t.Id) }).ToList(),
                    ["sources"] = term.Sources.Select(s => new ViewModel { ["title"] = s.Title, ["url"] = s.Url }).ToList(),
                }).ToList(),
            })
            .ToList();
        return new ViewModel { ["letters"] = letters, ["count"] = glossary.Terms.Length };
    }
}
