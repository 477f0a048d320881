namespace SroDocs.Site.Templates.Views;

/// <summary>The glossary page: all terms A–Z, grouped by initial letter.</summary>
public sealed record GlossaryView(IReadOnlyList<LetterView> Letters, int Count) : IPageAnchors
{
    public IEnumerable<string> Anchors => Letters.Select(l => l.Anchor).Concat(Letters.SelectMany(l => l.Terms).Select(t => t.Id));
}

public sealed record LetterView(string Letter, string Anchor, IReadOnlyList<TermView> Terms);

public sealed record TermView(
    string Id,
    string Name,
    string? Abbreviation,
    string Term,
    string Short,
    string Definition,
    string? LegalBasis,
    IReadOnlyList<NamedLink> SeeAlso,
    IReadOnlyList<SourceView> Sources);

public sealed record SourceView(string Title, string? Url);
