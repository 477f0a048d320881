using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SroDocs.Core.IO;

/// <summary>
/// A folder on disk. It is listed once, on first use, and never follows symbolic links: a link is reported
/// as skipped (so a pull request cannot publish <c>/etc/shadow</c> through <c>bild.png → /etc/shadow</c>, and a link
/// loop costs nothing). Only listed files can be read.
/// </summary>
public sealed class PhysicalContentSource : IContentSource
{
    private readonly Lazy<Snapshot> _snapshot;

    /// <param name="root">The folder.</param>
    /// <param name="displayRoot">Paths in messages are shown relative to this folder when the file lies below it.</param>
    public PhysicalContentSource(string root, string displayRoot)
    {
        Root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        DisplayRoot = Path.GetFullPath(displayRoot);
        _snapshot = new Lazy<Snapshot>(() => Scan(Root), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Root { get; }

    public string DisplayRoot { get; }

    public bool Exists => Directory.Exists(Root);

    public SourceListing List(string folder = "")
    {
        var snapshot = _snapshot.Value;
        return folder.Length == 0 ? snapshot.Listing : new SourceListing(
            FilesBelow(snapshot.Files, folder),
            snapshot.Skipped.Where(s => SourcePaths.IsBelow(s.Path, folder)).Select(s => s with { Path = SourcePaths.RelativeTo(s.Path, folder) }).ToImmutableArray());
    }

    public bool Contains(string path) => _snapshot.Value.FileSet.Contains(path);

    public byte[] ReadAllBytes(string path) =>
        Contains(path) ? File.ReadAllBytes(FullPath(path)) : throw new FileNotFoundException($"'{path}' is not a file of this source.", path);

    public string DisplayPath(string path) => DisplayOf(FullPath(path));

    /// <summary>The absolute path of a file of this source.</summary>
    public string FullPath(string path) => Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>An absolute path as authors see it: relative to the display root where it lies below it.</summary>
    public string DisplayOf(string absolutePath)
    {
        var relative = Path.GetRelativePath(DisplayRoot, absolutePath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? absolutePath : relative;
        return shown.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static Snapshot Scan(string root)
    {
        if (!Directory.Exists(root))
        {
            return new Snapshot([], []);
        }

        var realRoot = RealPath(root);
        var files = new System.Collections.Concurrent.ConcurrentBag<string>();
        var skipped = new System.Collections.Concurrent.ConcurrentBag<SkippedEntry>();
        ScanFolder(root, "", realRoot, files, skipped);
        return new Snapshot([.. files.Order(StringComparer.Ordinal)], [.. skipped.OrderBy(s => s.Path, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// One folder: its files, and its subfolders side by side. Entries are read from the directory listing itself; only
    /// entries marked as links are looked at more closely (a link costs a system call, a plain file none).
    /// </summary>
    private static void ScanFolder(string folder, string relativeFolder, string realRoot, System.Collections.Concurrent.ConcurrentBag<string> files, System.Collections.Concurrent.ConcurrentBag<SkippedEntry> skipped)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = true, ReturnSpecialDirectories = false };
        var entries = new System.IO.Enumeration.FileSystemEnumerable<(string Name, FileAttributes Attributes, bool IsDirectory)>(
            folder, (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.FileName.ToString(), entry.Attributes, entry.IsDirectory), options);
        var subfolders = new List<(string Absolute, string Relative)>();
        foreach (var (name, attributes, isDirectory) in entries)
        {
            var relative = SourcePaths.Combine(relativeFolder, name);
            var absolute = Path.Combine(folder, name);
            if ((attributes & FileAttributes.ReparsePoint) != 0)
            {
                var link = isDirectory ? (FileSystemInfo)new DirectoryInfo(absolute) : new FileInfo(absolute);
                skipped.Add(new SkippedEntry(relative, Classify(realRoot, link), link.LinkTarget));
            }
            else if (isDirectory)
            {
                subfolders.Add((absolute, relative));
            }
            else if ((attributes & FileAttributes.Device) == 0)
            {
                files.Add(relative);
            }
        }

        Parallel.ForEach(subfolders, sub => ScanFolder(sub.Absolute, sub.Relative, realRoot, files, skipped));
    }

    /// <summary>The files below a folder: one run of the sorted list, found by binary search (a site's folders are listed often).</summary>
    private static ImmutableArray<string> FilesBelow(ImmutableArray<string> sorted, string folder)
    {
        var prefix = folder + "/";
        var first = sorted.BinarySearch(prefix, StringComparer.Ordinal);
        first = first < 0 ? ~first : first;
        var files = ImmutableArray.CreateBuilder<string>();
        for (var i = first; i < sorted.Length && sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            files.Add(sorted[i][prefix.Length..]);
        }

        return files.ToImmutable();
    }

    private static SkipReason Classify(string root, FileSystemInfo link)
    {
        try
        {
            var final = link.ResolveLinkTarget(returnFinalTarget: true);
            if (final is null || !final.Exists)
            {
                return SkipReason.LinkLeavesRoot;
            }

            var full = Path.GetFullPath(final.FullName).TrimEnd(Path.DirectorySeparatorChar);
            var linkFolder = RealPath(Path.GetDirectoryName(link.FullName)!);
            if (final is DirectoryInfo && (linkFolder == full || linkFolder.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                return SkipReason.LinkLoops;
            }

            return full == root || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? SkipReason.LinkInsideRoot : SkipReason.LinkLeavesRoot;
        }
        catch (IOException)
        {
            // A loop (too many levels of links) or an unreadable link: it is not followed either way.
            return SkipReason.LinkLeavesRoot;
        }
    }

    /// <summary>The path with every symbolic link on the way resolved, so link targets can be compared with it.</summary>
    private static string RealPath(string path)
    {
        var result = Path.GetPathRoot(path)!;
        foreach (var segment in path[result.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(result, segment);
            result = new DirectoryInfo(next).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? next;
        }

        return Path.GetFullPath(result).TrimEnd(Path.DirectorySeparatorChar);
    }

    private sealed record Snapshot(ImmutableArray<string> Files, ImmutableArray<SkippedEntry> Skipped)
    {
        public FrozenSet<string> FileSet { get; } = Files.ToFrozenSet(StringComparer.Ordinal);

        public SourceListing Listing { get; } = new(Files, Skipped);
    }
}
