using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace SroDocs.Core.IO;

/// <summary>
/// What a staging folder already holds when a build writes into the site before the current one: its files, which a
/// write overwrites in place, and its folders, which need not be made again. Links, devices, pipes and sockets are
/// removed while the folder is swept, and a file with further names (a copy made with hard links, say) is replaced,
/// not overwritten, so an overwrite can only ever change a file of this folder's own.
/// </summary>
internal sealed class ReusedFiles
{
    private readonly ConcurrentDictionary<string, byte> _files;

    private ReusedFiles(ConcurrentDictionary<string, byte> files, FrozenSet<string> folders)
    {
        _files = files;
        Folders = folders;
        WasEmpty = files.IsEmpty && folders.Count == 0;
    }

    /// <summary>True when the folder held nothing: every write makes a new file.</summary>
    public bool WasEmpty { get; }

    /// <summary>A staging folder that starts empty.</summary>
    public static ReusedFiles Nothing { get; } = new(new(StringComparer.Ordinal), FrozenSet<string>.Empty);

    /// <summary>The full paths of the folders that were there.</summary>
    public FrozenSet<string> Folders { get; }

    /// <summary>The files that were there and that no write has taken: what the new site no longer has.</summary>
    public ICollection<string> Untaken => _files.Keys;

    /// <summary>True, once, for a file that was there: the caller overwrites it.</summary>
    public bool Take(string path) => _files.TryRemove(path, out _);

    /// <summary>
    /// Lists a folder tree without following links and removes every entry that is neither a folder nor a file: links,
    /// devices, pipes, sockets. Whether a file has further names is seen when it is opened to be overwritten.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be reused: a name in it is not UTF-8, or its file system ignores case (its names would not be told apart from this site's).</exception>
    public static ReusedFiles Sweep(string folder)
    {
        if (!TellsCaseApart(folder))
        {
            throw new IOException($"The file system of '{folder}' does not tell upper and lower case apart.");
        }

        var files = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var folders = new List<string>();
        LinuxFolderWalk.Walk(folder, (path, kind) =>
        {
            switch (kind)
            {
                case EntryKind.Folder:
                    folders.Add(path);
                    break;
                case EntryKind.File:
                    files[path] = 0;
                    break;
                default:
                    File.Delete(path);
                    break;
            }
        });
        return new ReusedFiles(files, folders.ToFrozenSet(StringComparer.Ordinal));
    }

    private static bool TellsCaseApart(string folder)
    {
        var probe = Path.Combine(folder, $"srodocs-probe-{Guid.NewGuid():N}");
        File.WriteAllBytes(probe, []);
        try
        {
            return !File.Exists(Path.Combine(folder, Path.GetFileName(probe).ToUpperInvariant()));
        }
        finally
        {
            File.Delete(probe);
        }
    }
}
