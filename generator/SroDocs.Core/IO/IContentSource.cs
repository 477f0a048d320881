namespace SroDocs.Core.IO;

/// <summary>
/// The seam between a build and its files: content, data and theme come from a source, never from the file
/// system directly. A physical folder, a folder laid over another, a frozen snapshot and memory (for tests) are sources.
/// Paths are relative to the source's root, with '/'.
/// </summary>
public interface IContentSource
{
    /// <summary>Every file below <paramref name="folder"/> (empty: the whole source), sorted ordinally, with what was skipped.</summary>
    SourceListing List(string folder = "");

    /// <summary>True when the source has this file.</summary>
    bool Contains(string path);

    /// <summary>The file's bytes. Throws <see cref="FileNotFoundException"/> for a path the source does not list.</summary>
    byte[] ReadAllBytes(string path);

    /// <summary>How authors see the file's path in messages, e.g. <c>content/bausteine/a.md</c>.</summary>
    string DisplayPath(string path);
}
