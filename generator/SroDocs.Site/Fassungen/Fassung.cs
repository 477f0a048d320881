using SroDocs.Core.IO;

namespace SroDocs.Site.Fassungen;

/// <summary>A frozen Fassung whose files match its manifest: the manifest, and its frozen content as a source of its own.</summary>
public sealed record Fassung(FassungManifest Manifest, IContentSource Content)
{
    public string Slug => Manifest.Slug;
}
