namespace SroDocs.Core.Documents;

/// <summary>Where a document comes from. <see cref="Display"/> is how diagnostics name it to authors.</summary>
public abstract record DocumentSource(string Display)
{
    public override string ToString() => Display;
}

/// <summary>A file of a content source.</summary>
/// <param name="Path">The path relative to the source's root, with '/'.</param>
/// <param name="Display">The path as shown to authors, e.g. <c>content/bausteine/finanzierung.md</c>.</param>
public sealed record FileSource(string Path, string Display) : DocumentSource(Display);

/// <summary>A document the build makes itself (a generated page, the feed, the sitemap).</summary>
public sealed record GeneratedSource(string Name) : DocumentSource($"(erzeugt) {Name}");
