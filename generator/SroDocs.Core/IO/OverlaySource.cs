using System.Collections.Immutable;

namespace SroDocs.Core.IO;

/// <summary>
/// A source laid over another (Hugo's rule for themes): a file of <paramref name="upper"/> wins over the file of
/// <paramref name="lower"/> with the same path.
/// </summary>
public sealed class OverlaySource(IContentSource lower, IContentSource upper) : IContentSource
{
    public SourceListing List(string folder = "")
    {
        var below = lower.List(folder);
        var above = upper.List(folder);
        return new SourceListing(
            below.Files.Union(above.Files, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(),
            below.Skipped.AddRange(above.Skipped));
    }

    public bool Contains(string path) => upper.Contains(path) || lower.Contains(path);

    public byte[] ReadAllBytes(string path) => upper.Contains(path) ? upper.ReadAllBytes(path) : lower.ReadAllBytes(path);

    public string DisplayPath(string path) => upper.Contains(path) ? upper.DisplayPath(path) : lower.DisplayPath(path);
}
