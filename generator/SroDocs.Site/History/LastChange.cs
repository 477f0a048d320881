namespace SroDocs.Site.History;

/// <summary>When a page last changed, and where that date comes from.</summary>
public sealed record LastChange(DateOnly Date, DateOrigin Origin)
{
    /// <summary>
    /// The git date where the history knows the file and it has no uncommitted changes; else the front matter's
    /// <c>stand</c>, saying why; null where neither is there.
    /// </summary>
    /// <param name="history">The content's history; null where none is available (no git, not a repository, a shallow clone).</param>
    public static LastChange? Of(ContentHistory? history, string contentPath, DateOnly? stand)
    {
        if (history?.LastChangeOf(contentPath) is { } committed)
        {
            return new LastChange(committed, DateOrigin.GitHistory);
        }

        return stand is { } day ? new LastChange(day, history is null ? DateOrigin.StandWithoutHistory : DateOrigin.StandUncommitted) : null;
    }
}
