using System.Collections.Immutable;

namespace SroDocs.Core.IO;

/// <summary>The files of a source folder, and the entries that were not followed (symbolic links).</summary>
public sealed record SourceListing(ImmutableArray<string> Files, ImmutableArray<SkippedEntry> Skipped)
{
    public static readonly SourceListing Empty = new([], []);
}

/// <summary>An entry a source does not follow, with the reason.</summary>
public sealed record SkippedEntry(string Path, SkipReason Reason, string? Target);

public enum SkipReason
{
    /// <summary>A symbolic link whose target lies outside the source's root (or does not exist).</summary>
    LinkLeavesRoot,

    /// <summary>A symbolic link whose target lies inside the root; the target itself is used where it is.</summary>
    LinkInsideRoot,

    /// <summary>A symbolic link to a folder that contains the link: followed, it would never end.</summary>
    LinkLoops,
}
