using System.Collections.Immutable;
using SroDocs.Site.Search;

namespace SroDocs.Cli.Serve;

/// <summary>
/// The preview's full-text search. After each good build its files are mirrored into a folder of the preview's own
/// (only what changed is written), Pagefind indexes them there, and the index is served from memory. It runs behind
/// the build: the tab reloads at once, and the search finds the new text a moment later. A newer build that is
/// waiting makes an older one's indexing unnecessary.
/// </summary>
public sealed class PreviewSearch(SearchTool tool, string folder, PreviewFiles files, CliEnvironment environment)
{
    private readonly SemaphoreSlim _running = new(1, 1);
    private ImmutableSortedDictionary<string, byte[]> _mirrored = ImmutableSortedDictionary<string, byte[]>.Empty.WithComparers(StringComparer.Ordinal);
    private int _latest;

    /// <summary>Indexes <paramref name="site"/> in the background.</summary>
    public void Index(ImmutableSortedDictionary<string, byte[]> site, CancellationToken token)
    {
        var generation = Interlocked.Increment(ref _latest);
        _ = RunAsync(site, generation, token);
    }

    private async Task RunAsync(ImmutableSortedDictionary<string, byte[]> site, int generation, CancellationToken token)
    {
        try
        {
            await _running.WaitAsync(token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            if (generation != Volatile.Read(ref _latest))
            {
                return;
            }

            Mirror(site);
            if (await SearchIndexer.IndexAsync(tool, folder, token) is { } problem)
            {
                environment.Error.WriteLine("Die Suche der Vorschau wurde nicht erneuert: " + problem.Message);
                return;
            }

            files.ShowSearch(ReadIndex());
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine($"Die Suche der Vorschau wurde nicht erneuert: {exception.Message}");
        }
        finally
        {
            _running.Release();
        }
    }

    /// <summary>Writes what changed since the last mirror and deletes what the build no longer has (the index itself stays).</summary>
    private void Mirror(ImmutableSortedDictionary<string, byte[]> site)
    {
        foreach (var (path, bytes) in site)
        {
            if (!_mirrored.TryGetValue(path, out var before) || !before.AsSpan().SequenceEqual(bytes))
            {
                var file = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, bytes);
            }
        }

        foreach (var path in _mirrored.Keys.Where(p => !site.ContainsKey(p)))
        {
            File.Delete(Path.Combine(folder, path));
        }

        _mirrored = site;
    }

    private ImmutableSortedDictionary<string, byte[]> ReadIndex()
    {
        var index = Path.Combine(folder, SearchTool.Folder);
        return Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories).ToImmutableSortedDictionary(
            file => Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }
}
