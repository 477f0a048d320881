using System.Collections.Immutable;
using SroDocs.Site.Changelog;

namespace SroDocs.Site.FrontMatter;

/// <summary>
/// The validated front matter of a page. Taxonomy values are resolved to their ids; optional values are null or empty.
/// </summary>
public sealed record PageFrontMatter
{
    public required string Title { get; init; }

    public PageType Type { get; init; } = PageType.Seite;

    public string? Id { get; init; }

    /// <summary>Where <see cref="Id"/> is written; null when the page has no <c>id</c> of its own.</summary>
    public SroDocs.Core.Diagnostics.SourceLocation? IdLocation { get; init; }

    public string? Baustein { get; init; }

    public string? Ebene { get; init; }

    public ImmutableArray<string> Ebenen { get; init; } = [];

    public string? Status { get; init; }

    public int? Zyklus { get; init; }

    public string? Version { get; init; }

    public DateOnly? Stand { get; init; }

    public string? Description { get; init; }

    public int Weight { get; init; }

    public ImmutableArray<string> Regionen { get; init; } = [];

    public ImmutableArray<string> Schwerpunkte { get; init; } = [];

    public ImmutableArray<ChangeEntry> Changes { get; init; } = [];

    /// <summary>False when the page opts out of glossary term recognition (<c>glossar: false</c>).</summary>
    public bool RecogniseGlossaryTerms { get; init; } = true;

    public string? Layout { get; init; }

    /// <summary>True when a top-level page asks to be listed in the main navigation (<c>hauptnavigation: true</c>); sections always are.</summary>
    public bool InMainNavigation { get; init; }

    /// <summary>Former addresses of the page (<c>aliases:</c>), each where it is written; checked and turned into redirects in the Index phase.</summary>
    public ImmutableArray<Yaml.Located<string>> Aliases { get; init; } = [];
}
