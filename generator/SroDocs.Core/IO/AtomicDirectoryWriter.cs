namespace SroDocs.Core.IO;

/// <summary>
/// Writes a whole output tree next to the target, then swaps it in. Until <see cref="Commit"/>, the
/// previous output stays exactly as it was; <see cref="Dispose"/> without commit removes the staging folder.
/// </summary>
public sealed class AtomicDirectoryWriter : IDisposable
{
    private readonly string _target;
    private bool _committed;

    public AtomicDirectoryWriter(string target)
    {
        _target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_target) ?? throw new ArgumentException("Output folder needs a parent.", nameof(target));
        Directory.CreateDirectory(parent);
        StagingRoot = Path.Combine(parent, $".{Path.GetFileName(_target)}.neu-{Guid.NewGuid():N}");
        Directory.CreateDirectory(StagingRoot);
    }

    /// <summary>The folder being filled; not visible under the target name until committed.</summary>
    public string StagingRoot { get; }

    public void WriteText(string relativePath, string text) =>
        WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Resolve(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Replaces the target with the staged tree: two renames, so readers never see a half-written site.</summary>
    public void Commit()
    {
        var old = Path.Combine(Path.GetDirectoryName(_target)!, $".{Path.GetFileName(_target)}.alt-{Guid.NewGuid():N}");
        var hadOld = Directory.Exists(_target);
        if (hadOld)
        {
            Directory.Move(_target, old);
        }

        try
        {
            Directory.Move(StagingRoot, _target);
        }
        catch
        {
            if (hadOld)
            {
                Directory.Move(old, _target);
            }

            throw;
        }

        _committed = true;
        if (hadOld)
        {
            TryDelete(old);
        }
    }

    public void Dispose()
    {
        if (!_committed)
        {
            TryDelete(StagingRoot);
        }
    }

    private string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(StagingRoot, relativePath));
        if (!full.StartsWith(StagingRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Output path '{relativePath}' leaves the output folder.", nameof(relativePath));
        }

        return full;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover hidden folder is harmless; the next build uses a new name.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
