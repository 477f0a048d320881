namespace SroDocs.Core.IO;

/// <summary>
/// Writes a whole output tree into a hidden staging folder next to the target, then exchanges the two folders
/// in one system call (Linux <c>renameat2(RENAME_EXCHANGE)</c>), so there is never a moment without a complete
/// output folder. Where the platform has no exchange, two renames follow each other directly.
/// A lock file keeps two builds from staging into the same target at once. The previous site is removed right after
/// the exchange; folders an interrupted build left behind are removed while the next build works, and the writer waits
/// for that before it is disposed, so no build leaves anything next to the output.
/// </summary>
public sealed class AtomicDirectoryWriter : IOutputStaging
{
    /// <summary>Every hidden name this writer uses next to the target contains this marker (see .gitignore).</summary>
    public const string NameMarker = ".srodocs-";

    private readonly string _target;
    private readonly FileStream _lock;
    private readonly Task _leftovers;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    public AtomicDirectoryWriter(string target)
    {
        _target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_target) ?? throw new ArgumentException("The output folder needs a parent folder.", nameof(target));
        Directory.CreateDirectory(parent);
        var prefix = "." + Path.GetFileName(_target) + NameMarker;
        _lock = new FileStream(Path.Combine(parent, prefix + "sperre"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        var leftovers = Leftovers(parent, prefix);
        _leftovers = Task.Run(() => leftovers.ForEach(TryDelete));
        Folder = Path.Combine(parent, $"{prefix}neu-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The staging folder being filled; not visible under the target's name until committed.</summary>
    public string Folder { get; }

    string? IOutputStaging.Folder => Folder;

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var full = Resolve(path);
        var folder = Path.GetDirectoryName(full)!;
        // Each folder is made once; writers of other files in it wait until it exists.
        _ = _folders.GetOrAdd(folder, f => new Lazy<bool>(() => Directory.CreateDirectory(f).Exists)).Value;
        using var handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None);
        RandomAccess.Write(handle, bytes, 0);
    }

    public void Commit()
    {
        if (Directory.Exists(_target) && Exchange(Folder, _target))
        {
            // The staging name now holds the previous site.
            _committed = true;
            TryDelete(Folder);
            return;
        }

        var previous = Path.Combine(Path.GetDirectoryName(_target)!, $".{Path.GetFileName(_target)}{NameMarker}alt-{Guid.NewGuid():N}");
        var hadPrevious = Directory.Exists(_target);
        if (hadPrevious)
        {
            Directory.Move(_target, previous);
        }

        try
        {
            Directory.Move(Folder, _target);
        }
        catch
        {
            if (hadPrevious)
            {
                Directory.Move(previous, _target);
            }

            throw;
        }

        _committed = true;
        TryDelete(previous);
    }

    public void Dispose()
    {
        if (!_committed)
        {
            TryDelete(Folder);
        }

        _leftovers.Wait();
        _lock.Dispose();
    }

    private string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Folder, relativePath));
        if (!SourcePaths.IsSafe(relativePath) || !full.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Output path '{relativePath}' leaves the output folder.", nameof(relativePath));
        }

        return full;
    }

    private static bool Exchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return LinuxRename.Exchange(a, b);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Set-aside sites and interrupted staging folders that exist now (they are never the target).</summary>
    private static List<string> Leftovers(string parent, string prefix) =>
        [.. Directory.EnumerateDirectories(parent, prefix + "*").Where(folder =>
            Path.GetFileName(folder)[prefix.Length..] is var name && (name.StartsWith("neu-", StringComparison.Ordinal) || name.StartsWith("alt-", StringComparison.Ordinal)))];

    /// <summary>Deletes a folder tree, its top-level entries side by side (a site of many pages goes faster).</summary>
    private static void TryDelete(string folder)
    {
        try
        {
            if (!Directory.Exists(folder))
            {
                return;
            }

            Parallel.ForEach(new DirectoryInfo(folder).EnumerateFileSystemInfos(), entry =>
            {
                if (entry is DirectoryInfo directory && directory.LinkTarget is null)
                {
                    directory.Delete(recursive: true);
                }
                else
                {
                    entry.Delete();
                }
            });
            Directory.Delete(folder, recursive: true);
        }
        catch (AggregateException)
        {
            // The next build removes what is left.
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The next build removes it.
        }
    }
}
