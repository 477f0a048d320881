using SroDocs.Core.IO;

namespace SroDocs.Site;

/// <summary>
/// The inputs of one build. A build is a function of these values only: the same definition can run many
/// builds (a preview server, one build per Fassung), each with its own inputs and nothing shared.
/// </summary>
/// <param name="Content">The pages, <c>_data/</c> and the site's <c>_theme/</c> overrides.</param>
/// <param name="Theme">The theme with <c>layouts/</c>, <c>partials/</c> and <c>assets/</c>.</param>
public sealed record SiteInputs(IContentSource Content, IContentSource Theme)
{
    /// <summary>The path under which the site is written and served, e.g. <c>/</c> or <c>/fassungen/2025-1/</c>.</summary>
    public string UrlPrefix { get; init; } = "/";

    /// <summary>The day the build treats as "today" (milestone states, changes in the future).</summary>
    public DateOnly ReferenceDate { get; init; } = DateOnly.FromDateTime(DateTime.Today);

    /// <summary>Overrides <c>basis_url</c> of <c>_data/site.yml</c> for absolute links (feed, sitemap).</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Where the site goes; <see cref="DiscardOutput"/> (for <c>check</c>) renders everything and keeps nothing.</summary>
    public IOutputTarget Output { get; init; } = DiscardOutput.Instance;

    /// <summary>Treat warnings like errors: the output is not replaced and the exit code is 1.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Keep every phase's documents in the result (tests read them); normally only the latest are kept.</summary>
    public bool KeepPhaseOutputs { get; init; }

    /// <summary>The search engine that indexes the written publication; null builds the site without search (the search page and link are left out).</summary>
    public Search.SearchTool? Search { get; init; }

    /// <summary>
    /// The content's git history, for each page's date of last change; null where none is available (no git, not a
    /// repository, a shallow clone): pages then give their front matter's <c>stand</c> and say so. Never used in a Fassung.
    /// </summary>
    public History.ContentHistory? History { get; init; }

    /// <summary>Where the content folder lies in the repository, for "Diese Seite auf GitHub bearbeiten" links; empty for the repository's root.</summary>
    public string ContentFolderInRepository { get; init; } = "content";

    /// <summary>True when this build renders a frozen Fassung (not the current state, not a site on its own).</summary>
    public bool IsFassung => Edition is { This.IsCurrent: false };

    /// <summary>The name of the edition this build renders: a Fassung's label, or the current state's.</summary>
    public string EditionLabel => Edition?.This.Label ?? Publishing.Edition.CurrentLabel;

    /// <summary>Which edition of a publication this build renders (the current state or a Fassung), among all; null for a site on its own.</summary>
    public Publishing.EditionContext? Edition { get; init; }

    /// <summary>
    /// A hash of the settings — everything but the sources and the output, whose files steps read as documents with
    /// hashes of their own, and the history, whose facts about a page are part of that page's hash. Equal fingerprints: the build sees the same settings (a preview takes over unchanged pages).
    /// A new setting belongs here.
    /// </summary>
    public string Fingerprint()
    {
        var parts = new List<string>
        {
            UrlPrefix, ReferenceDate.ToString("O"), BaseUrl?.AbsoluteUri ?? "", WarningsAsErrors.ToString(), ContentFolderInRepository,
            Search is null ? "" : Search.Node + "|" + Search.Runner, Edition?.This.Key ?? "",
        };
        foreach (var edition in Edition?.Editions.NewestFirst ?? [])
        {
            parts.AddRange(edition.AddressParts);
            parts.Add(edition.PdfPath ?? "");
            if (edition.Fassung?.Manifest is { } manifest)
            {
                parts.AddRange([manifest.Wurzel, manifest.Beschluss.Value, manifest.Gremium, manifest.Titel, manifest.Status.ToString(),
                    manifest.BeschlossenAm?.ToString("O") ?? "", manifest.GueltigAb?.ToString("O") ?? "", manifest.EingefrorenAm.ToString("O")]);
                parts.AddRange(manifest.Verlauf.Select(h => $"{h.Date:O}|{h.Status}|{h.Text}"));
            }
        }

        parts.AddRange((Edition?.FassungPages ?? []).Select(p => p.SitePath + "|" + p.LastModified?.ToString("O")));
        return Core.Documents.ContentHash.Of(parts);
    }

    /// <summary>The site's theme files laid over the theme (Hugo's rule: the site's <c>_theme/</c> wins).</summary>
    public IContentSource ThemeWithOverrides => new OverlaySource(Theme, new SubfolderSource(Content, ContentLayout.ThemeOverrideFolder));
}
