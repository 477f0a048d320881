namespace SroDocs.Site.History;

/// <summary>Where a page's date of last change comes from.</summary>
public enum DateOrigin
{
    /// <summary>The last commit that changed the page's file.</summary>
    GitHistory,

    /// <summary>The front matter's <c>stand</c>: the build had no git history (no git, not a repository, a shallow clone).</summary>
    StandWithoutHistory,

    /// <summary>The front matter's <c>stand</c>: the file has changes that are not committed yet (or was never committed).</summary>
    StandUncommitted,
}
