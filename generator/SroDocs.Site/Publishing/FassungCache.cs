using System.Collections.Concurrent;
using System.Globalization;
using SroDocs.Core.Documents;
using SroDocs.Core.IO;
using SroDocs.Site.Fassungen;

namespace SroDocs.Site.Publishing;

/// <summary>
/// Rendered Fassungen kept between builds, in a folder of their own (<c>.srodocs-cache/fassungen/</c>): a frozen Fassung
/// is rendered once and its files are reused while its manifest, the theme, the generator and what its pages link to
/// (the editions and their page addresses) stay the same — all of it in the key. A missing or damaged cache only
/// means the Fassung is rendered again. Only builds without any diagnostic are kept.
/// </summary>
public sealed class FassungCache(string folder)
{
    private const string FilesFolder = "dateien";
    private const string PagesFile = "seiten";
    private const string SitemapFile = "sitemap";

    public string Folder { get; } = folder;

    /// <summary>The key of one Fassung's rendering: everything its output depends on.</summary>
    public static string KeyOf(Edition edition, Editions editions, SiteInputs inputs)
    {
        var parts = new List<string>
        {
            typeof(FassungCache).Assembly.ManifestModule.ModuleVersionId.ToString(),
            typeof(AtomicDirectoryWriter).Assembly.ManifestModule.ModuleVersionId.ToString(),
            ManifestText.Write(edition.Fassung!.Manifest),
            inputs.UrlPrefix,
            inputs.BaseUrl?.ToString() ?? "",
            inputs.Search is null ? "ohne Suche" : "mit Suche",
        };
        parts.AddRange(inputs.Theme.List().Files.SelectMany(path => new[] { path, FrozenFile.HashOf(inputs.Theme.ReadAllBytes(path)) }));
        parts.AddRange(editions.NewestFirst.SelectMany(other => other.AddressParts));
        return ContentHash.Of(parts);
    }

    /// <summary>The name under which a Fassung's PDF is published in its folder.</summary>
    public static string PdfName(string slug) => $"fassung-{slug}.pdf";

    /// <summary>The PDF made (by <c>pdf</c>) from the rendering with this key, or null.</summary>
    public byte[]? TryLoadPdf(string slug, string key)
    {
        var path = PdfPath(slug, key);
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public bool HasPdf(string slug, string key) => File.Exists(PdfPath(slug, key));

    /// <summary>Keeps a Fassung's PDF for the rendering with this key, replacing older ones; returns where it lies.</summary>
    public string StorePdf(string slug, string key, byte[] pdf)
    {
        var folder = Path.Combine(Folder, "pdf", slug);
        Directory.CreateDirectory(folder);
        foreach (var old in Directory.EnumerateFiles(folder))
        {
            File.Delete(old);
        }

        var temporary = Path.Combine(folder, $".{key}{AtomicDirectoryWriter.NameMarker}{Guid.NewGuid():N}");
        File.WriteAllBytes(temporary, pdf);
        File.Move(temporary, PdfPath(slug, key));
        return PdfPath(slug, key);
    }

    private string PdfPath(string slug, string key) => Path.Combine(Folder, "pdf", slug, key + ".pdf");

    /// <summary>The files, page count and sitemap entries of a kept rendering, or null when there is none (or it cannot be read).</summary>
    public (IReadOnlyDictionary<string, byte[]> Files, int Pages, System.Collections.Immutable.ImmutableArray<Output.SitemapEntry> Sitemap)? TryLoad(string slug, string key)
    {
        var entry = Path.Combine(Folder, "fassungen", slug, key);
        try
        {
            if (!File.Exists(Path.Combine(entry, PagesFile)) || !File.Exists(Path.Combine(entry, SitemapFile)))
            {
                return null;
            }

            var root = Path.Combine(entry, FilesFolder);
            var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes, StringComparer.Ordinal);
            var sitemap = File.ReadAllLines(Path.Combine(entry, SitemapFile)).Select(line => line.Split('\t')).Select(parts =>
                new Output.SitemapEntry(parts[0], parts[1].Length == 0 ? null : DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture)));
            return (files, int.Parse(File.ReadAllText(Path.Combine(entry, PagesFile)), CultureInfo.InvariantCulture), [.. sitemap]);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Keeps a rendering (written beside, then renamed) and drops the Fassung's older ones; a failure to keep it is not an error.</summary>
    public void Store(string slug, string key, IReadOnlyDictionary<string, byte[]> files, int pages, IEnumerable<Output.SitemapEntry> sitemap)
    {
        var fassung = Path.Combine(Folder, "fassungen", slug);
        try
        {
            var staging = Path.Combine(fassung, $".{key}{AtomicDirectoryWriter.NameMarker}{Guid.NewGuid():N}");
            foreach (var (path, bytes) in files)
            {
                var target = Path.Combine(staging, FilesFolder, path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
            }

            File.WriteAllText(Path.Combine(staging, PagesFile), pages.ToString(CultureInfo.InvariantCulture));
            File.WriteAllLines(Path.Combine(staging, SitemapFile), sitemap.Select(e => $"{e.SitePath}\t{e.LastModified?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
            foreach (var old in Directory.EnumerateDirectories(fassung).Where(d => Path.GetFileName(d) != Path.GetFileName(staging)))
            {
                Directory.Delete(old, recursive: true);
            }

            Directory.Move(staging, Path.Combine(fassung, key));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The cache is an optimisation: the next build renders the Fassung again.
        }
    }
}

/// <summary>An output that passes every file on and keeps a copy, so a build's files can be put into the cache.</summary>
public sealed class RecordingOutput(IOutputTarget inner) : IOutputTarget
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public string Display => inner.Display;

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public IOutputStaging BeginStaging() => new Staging(inner.BeginStaging(), _files);

    private sealed class Staging(IOutputStaging inner, ConcurrentDictionary<string, byte[]> files) : IOutputStaging
    {
        public string? FinishWrites() => inner.FinishWrites();

        public void Write(string path, ReadOnlySpan<byte> bytes)
        {
            files[path] = bytes.ToArray();
            inner.Write(path, bytes);
        }

        public void Commit() => inner.Commit();

        public void Dispose() => inner.Dispose();
    }
}
