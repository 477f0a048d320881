using System.Collections.Concurrent;

namespace SroDocs.Core.IO;

/// <summary>
/// Writes a whole output tree into a hidden staging folder next to the target, then exchanges the two folders
/// in one system call (Linux <c>renameat2(RENAME_EXCHANGE)</c>), so there is never a moment without a complete
/// output folder. Where the platform has no exchange, two renames follow each other directly.
/// A lock file keeps two builds from staging into the same target at once. On Linux, the site before the current one
/// stays hidden next to the target (<c>.NAME.srodocs-vorige</c>), and the next build stages in it: it overwrites the
/// files that are still there in place and removes the ones its site no longer has, which costs a fraction of making
/// every file anew and deleting the old site afterwards (on tmpfs, 10,000 pages: about 125 ms of deleting at the end
/// of every build). The current site is never written to. Elsewhere, the previous site is removed right after the
/// exchange. Folders an interrupted build left behind are removed while the next build works, and the writer waits
/// for that before it is disposed.
/// </summary>
public sealed class AtomicDirectoryWriter : IOutputStaging
{
    /// <summary>Every hidden name this writer uses next to the target contains this marker (see .gitignore).</summary>
    public const string NameMarker = ".srodocs-";

    private readonly string _target;
    private readonly FileStream _lock;
    private readonly Task _leftovers;
    private readonly string _previous;
    private readonly Lazy<ReusedFiles> _reused;
    private readonly ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);
    private bool _committed;
    private readonly ReaderWriterLockSlim _writing = new();
    private bool _finished;
    private bool _previousRemoved;

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
        _previous = Path.Combine(parent, prefix + "vorige");
        if (KeepsPreviousSite && TakePrevious(_previous, Folder))
        {
            // Swept while the build reads its sources; the first write waits for it.
            var sweep = Task.Run(() => ReusedFiles.Sweep(Folder));
            _reused = new Lazy<ReusedFiles>(() => SweptOrEmptied(sweep));
        }
        else
        {
            Directory.CreateDirectory(Folder);
            _reused = new Lazy<ReusedFiles>(ReusedFiles.Nothing);
        }
    }

    /// <summary>
    /// Whether the previous site is kept for the next build to write into: on 64-bit Linux, where its folders can be read
    /// and its files checked for further names (<see cref="LinuxFolderWalk"/>, <see cref="LinuxFileStatus"/>).
    /// </summary>
    private static bool KeepsPreviousSite => OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    /// <summary>The staging folder being filled; not visible under the target's name until committed.</summary>
    public string Folder { get; }

    /// <summary>
    /// Waits for the writes under way, refuses any later one and removes what the previous site had and this one has
    /// not. Where that fails, it is tried again by the next call (and <see cref="Commit"/> does not commit without it).
    /// </summary>
    public string FinishWrites()
    {
        _writing.EnterWriteLock();
        try
        {
            _finished = true;
            if (!_previousRemoved)
            {
                RemoveUntaken(_reused.Value);
                _previousRemoved = true;
            }
        }
        finally
        {
            _writing.ExitWriteLock();
        }

        return Folder;
    }

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        _writing.EnterReadLock();
        try
        {
            if (_finished)
            {
                throw new InvalidOperationException("The staging's writes are finished.");
            }

            WriteFile(path, bytes);
        }
        finally
        {
            _writing.ExitReadLock();
        }
    }

    private void WriteFile(string path, ReadOnlySpan<byte> bytes)
    {
        var full = Resolve(path);
        var reused = _reused.Value;
        var folder = Path.GetDirectoryName(full)!;
        // Each folder is made once; writers of other files in it wait until it exists.
        _ = _folders.GetOrAdd(folder, f => new Lazy<bool>(() => reused.Folders.Contains(f) || MakeFolder(f, reused))).Value;
        if (reused.Take(full) && TryOverwrite(full, bytes))
        {
            return;
        }

        if (reused.Folders.Contains(full))
        {
            Directory.Delete(full, recursive: true); // a folder of the previous site where this site has a file
        }

        using var handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>
    /// Overwrites a file of the previous site in place: the new bytes over the old ones, then cut to their length. A file
    /// with further names is removed instead (false: the caller makes it anew), so a copy made with hard links keeps its
    /// content. Shared: a reader may still hold the file open.
    /// </summary>
    private static bool TryOverwrite(string full, ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var handle = File.OpenHandle(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, FileOptions.None);
            if (LinuxFileStatus.Of(handle) is { Kind: EntryKind.File, Links: 1 } status)
            {
                RandomAccess.Write(handle, bytes, 0);
                if (status.Length > bytes.Length)
                {
                    RandomAccess.SetLength(handle, bytes.Length);
                }

                return true;
            }
        }
        catch (UnauthorizedAccessException)
        {
            // A file that may not be written (read-only) is made anew.
        }

        File.Delete(full);
        return false;
    }

    /// <summary>
    /// Makes a folder, first removing files of the previous site that stand where it or its parents go (one folder at a
    /// time, so that no other folder is made under such a file before it is gone).
    /// </summary>
    private bool MakeFolder(string folder, ReusedFiles reused)
    {
        if (reused.WasEmpty)
        {
            return Directory.CreateDirectory(folder).Exists;
        }

        lock (_folders)
        {
            for (var at = folder; at.Length > Folder.Length; at = Path.GetDirectoryName(at)!)
            {
                if (reused.Take(at))
                {
                    File.Delete(at);
                }
            }

            return Directory.CreateDirectory(folder).Exists;
        }
    }

    /// <summary>The swept previous site; where it could not be swept, an emptied staging folder.</summary>
    private ReusedFiles SweptOrEmptied(Task<ReusedFiles> sweep)
    {
        try
        {
            return sweep.GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not reusable (a name that is not UTF-8, a file system that ignores case, …): the build starts empty, and the
            // folder is set aside to be deleted (what cannot be, the next build tries again).
            var aside = NewAsideName();
            Directory.Move(Folder, aside);
            TryDelete(aside);
            Directory.CreateDirectory(Folder);
            return ReusedFiles.Nothing;
        }
    }

    public void Commit()
    {
        FinishWrites();
        if (Directory.Exists(_target) && Exchange(Folder, _target))
        {
            // The staging name now holds the previous site.
            _committed = true;
            KeepOrDelete(Folder);
            return;
        }

        var previous = NewAsideName();
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
        KeepOrDelete(previous);
    }

    /// <summary>Removes what the previous site had and this one has not: its files, then its folders that received nothing.</summary>
    private void RemoveUntaken(ReusedFiles reused)
    {
        foreach (var file in reused.Untaken)
        {
            if (File.Exists(file)) // not where a file of this site took the place of its folder
            {
                File.Delete(file);
            }

            reused.Take(file); // once it is gone, so that a second try skips it
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in _folders.Keys)
        {
            for (var at = folder; at.Length > Folder.Length && used.Add(at); at = Path.GetDirectoryName(at)!)
            {
            }
        }

        // The topmost unused ones (their insides go with them), unless a file of this site has already taken its place.
        foreach (var folder in reused.Folders.Where(f => !used.Contains(f) && Path.GetDirectoryName(f) is { } parent && (parent == Folder || used.Contains(parent))))
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Keeps the site just replaced for the next build to write into, or deletes it where that is not done.</summary>
    private void KeepOrDelete(string replaced)
    {
        if (!Directory.Exists(replaced))
        {
            return;
        }

        if (KeepsPreviousSite && !Directory.Exists(_previous))
        {
            try
            {
                Directory.Move(replaced, _previous);
                return;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Deleted instead.
            }
        }

        TryDelete(replaced);
    }

    /// <summary>Moves the kept previous site to the staging name; false when there is none to take (a link is removed, never followed).</summary>
    private static bool TakePrevious(string previous, string staging)
    {
        var info = new DirectoryInfo(previous);
        if (!info.Exists)
        {
            return false;
        }

        try
        {
            if (info.LinkTarget is not null)
            {
                File.Delete(previous);
                return false;
            }

            Directory.Move(previous, staging);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false; // The staging folder starts empty; the next build removes what is left of the previous site.
        }
    }

    public void Dispose()
    {
        if (!_committed)
        {
            WaitForSweep();
            TryDelete(Folder);
        }

        _leftovers.Wait();
        _writing.Dispose();
        _lock.Dispose();
    }

    /// <summary>A fresh name next to the target for a folder set aside to be deleted (by this build or, failing that, the next).</summary>
    private string NewAsideName() => Path.Combine(Path.GetDirectoryName(_target)!, $".{Path.GetFileName(_target)}{NameMarker}alt-{Guid.NewGuid():N}");

    /// <summary>Lets the sweep of a build that ends without committing finish before its folder is deleted.</summary>
    private void WaitForSweep()
    {
        try
        {
            _ = _reused.Value;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The folder is deleted all the same, or by the next build.
        }
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
