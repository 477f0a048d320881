using SroDocs.Site.History;

namespace SroDocs.Cli.History;

/// <summary>What git says about a content folder inside a repository.</summary>
/// <param name="FolderInRepository">The content folder's path from the repository's root, with '/'; empty when it is the root.</param>
/// <param name="History">The content's history; null where git cannot give a true one (a shallow clone, a repository without commits).</param>
public sealed record GitReading(string FolderInRepository, ContentHistory? History);
