namespace SroDocs.Site;

/// <summary>
/// The inputs of one build. A build is a function of these values only: no global state.
/// </summary>
/// <param name="ContentRoot">The folder with Markdown pages and <c>_data/</c>.</param>
/// <param name="ThemeRoot">The theme folder with <c>layouts/</c>, <c>partials/</c> and <c>assets/</c>.</param>
public sealed record SiteOptions(string ContentRoot, string ThemeRoot)
{
    /// <summary>The path under which the site is written and served, e.g. <c>/</c> or <c>/fassungen/2025-1/</c>.</summary>
    public string UrlPrefix { get; init; } = "/";

    /// <summary>The day the build treats as "today" (milestone states, changes in the future).</summary>
    public DateOnly ReferenceDate { get; init; } = DateOnly.FromDateTime(DateTime.Today);

    /// <summary>Overrides <c>basis_url</c> of <c>_data/site.yml</c> for absolute links (feed, sitemap).</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Where <c>build</c> writes the site; null for <c>check</c>, which writes nothing.</summary>
    public string? OutputRoot { get; init; }

    /// <summary>Treat warnings like errors: the output is not replaced and the exit code is 1.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Paths in diagnostics are shown relative to this folder when they lie below it.</summary>
    public string DisplayRoot { get; init; } = Environment.CurrentDirectory;

    public string DisplayPath(string absolutePath)
    {
        var relative = Path.GetRelativePath(DisplayRoot, absolutePath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? absolutePath : relative;
        return shown.Replace(Path.DirectorySeparatorChar, '/');
    }
}
