using System.Collections.Immutable;

namespace SroDocs.Site.History;

/// <summary>
/// What the repository's history says about the content files, read once per build by whoever may run git (the
/// command line) and handed to the build as a plain value. Paths are relative to the content folder, with '/', as
/// <see cref="SiteKeys.ContentPath"/> has them.
/// </summary>
/// <param name="LastChanged">The day (in Rostock's time zone) of the last commit that changed each committed file.</param>
/// <param name="Uncommitted">Files whose working copy differs from the last commit, or that were never committed.</param>
public sealed record ContentHistory(ImmutableDictionary<string, DateOnly> LastChanged, ImmutableHashSet<string> Uncommitted)
{
    /// <summary>The day the page at <paramref name="contentPath"/> last changed according to this history, or null where the history cannot say.</summary>
    public DateOnly? LastChangeOf(string contentPath) =>
        !Uncommitted.Contains(contentPath) && LastChanged.TryGetValue(contentPath, out var day) ? day : null;

    /// <summary>What <paramref name="history"/> (null: none available) says of one file, as a text: part of the page's inputs.</summary>
    public static string FactsAbout(ContentHistory? history, string contentPath) =>
        history is null ? "ohne Verlauf"
        : history.Uncommitted.Contains(contentPath) ? "nicht eingereicht"
        : history.LastChanged.TryGetValue(contentPath, out var day) ? day.ToString("O") : "unbekannt";
}
