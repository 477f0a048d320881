using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.IO;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Fassungen;

/// <summary>
/// The Fassungen in the <c>fassungen/</c> folder, each checked against its manifest: a changed, added or removed file is
/// an error naming the file and both hashes, and a Fassung with such an error is left out. Ordered by date.
/// </summary>
public sealed record FassungLibrary(ImmutableArray<Fassung> Fassungen)
{
    public static readonly FassungLibrary Empty = new([]);

    /// <summary>The Fassung before <paramref name="fassung"/> in time, or null for the first.</summary>
    public Fassung? Predecessor(Fassung fassung) =>
        Fassungen.IndexOf(fassung) is > 0 and var i ? Fassungen[i - 1] : null;

    public Fassung? Newest => Fassungen.IsEmpty ? null : Fassungen[^1];

    public Fassung? BySlug(string slug) => Fassungen.FirstOrDefault(f => f.Slug == slug);

    /// <param name="root">The folder of all Fassungen; a folder that does not exist holds none.</param>
    public static FassungLibrary Read(IContentSource root, DiagnosticBag diagnostics)
    {
        var listing = root.List();
        var folders = listing.Files.Select(f => f.Split('/')[0])
            .Concat(listing.Skipped.Select(s => s.Path.Split('/')[0]))
            .Where(name => !name.StartsWith('.') && !name.StartsWith('_'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var fassungen = new List<Fassung>();
        foreach (var folder in folders)
        {
            if (listing.Files.Contains(folder))
            {
                continue; // a loose file next to the Fassungen (a README, say) is not one
            }

            if (ManifestReader.Read(root, folder, diagnostics) is { } manifest && Verify(root, folder, manifest, listing, diagnostics))
            {
                fassungen.Add(new Fassung(manifest, new SubfolderSource(root, folder + "/" + FassungManifest.ContentFolder)));
            }
        }

        return new FassungLibrary([.. fassungen.OrderBy(f => f.Manifest.Datum).ThenBy(f => f.Slug, StringComparer.Ordinal)]);
    }

    /// <summary>True when every file below the Fassung's folder is the one frozen, and every frozen file is there.</summary>
    public static bool Verify(IContentSource root, string folder, FassungManifest manifest, SourceListing listing, DiagnosticBag diagnostics)
    {
        var ok = true;
        var prefix = folder + "/";
        var contentPrefix = prefix + FassungManifest.ContentFolder + "/";
        var frozen = manifest.Dateien.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in listing.Files.Where(f => f.StartsWith(prefix, StringComparison.Ordinal)))
        {
            if (path == prefix + FassungManifest.FileName)
            {
                continue;
            }

            var location = SourceLocation.FileOnly(root.DisplayPath(path));
            var now = FrozenFile.HashOf(root.ReadAllBytes(path));
            if (!path.StartsWith(contentPrefix, StringComparison.Ordinal) || !frozen.TryGetValue(path[contentPrefix.Length..], out var file))
            {
                diagnostics.Add(FassungDiagnostics.FileAdded(location, now));
                ok = false;
                continue;
            }

            present.Add(file.Path);
            if (!string.Equals(file.Sha256, now, StringComparison.Ordinal))
            {
                diagnostics.Add(FassungDiagnostics.FileChanged(location, file.Sha256, now));
                ok = false;
            }
        }

        foreach (var missing in manifest.Dateien.Where(f => !present.Contains(f.Path)))
        {
            diagnostics.Add(FassungDiagnostics.FileRemoved(SourceLocation.FileOnly(root.DisplayPath(contentPrefix + missing.Path)), missing.Sha256));
            ok = false;
        }

        return ok;
    }
}
