namespace SroDocs.Core.IO;

/// <summary>One folder of another source, seen as a source of its own (e.g. the site's <c>_theme/</c>).</summary>
public sealed class SubfolderSource(IContentSource parent, string folder) : IContentSource
{
    public SourceListing List(string subfolder = "") => parent.List(SourcePaths.Combine(folder, subfolder).TrimEnd('/'));

    public bool Contains(string path) => parent.Contains(SourcePaths.Combine(folder, path));

    public byte[] ReadAllBytes(string path) => parent.ReadAllBytes(SourcePaths.Combine(folder, path));

    public string DisplayPath(string path) => parent.DisplayPath(SourcePaths.Combine(folder, path));
}
