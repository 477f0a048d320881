using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;

namespace SroDocs.Site.Glossary;

/// <summary>One glossary entry. <see cref="Id"/> is its stable anchor on the glossary page.</summary>
public sealed record GlossaryTerm(
    string Id,
    string? Abbreviation,
    string Term,
    ImmutableArray<string> Variants,
    string Short,
    string Definition,
    string? LegalBasis,
    ImmutableArray<string> SeeAlso,
    ImmutableArray<SourceReference> Sources,
    SourceLocation Location)
{
    /// <summary>The spellings recognised in running text: abbreviation, long form and variants.</summary>
    public IEnumerable<string> RecognisedForms =>
        new[] { Abbreviation, Term }.Concat(Variants).Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f!);

    /// <summary>The heading of the entry: "SRAE – Sozialräumliche Angebotsentwicklung" or the term alone.</summary>
    public string DisplayName => Abbreviation is null ? Term : $"{Abbreviation} – {Term}";

    /// <summary>The letter the A–Z list files the entry under.</summary>
    public string SortKey => (Abbreviation ?? Term).ToUpperInvariant().Replace("Ä", "AE").Replace("Ö", "OE").Replace("Ü", "UE");
}

/// <summary>A cited source with an optional address.</summary>
public sealed record SourceReference(string Title, string? Url);
