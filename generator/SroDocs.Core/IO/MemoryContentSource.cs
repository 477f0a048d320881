using System.Collections.Immutable;
using System.Text;

namespace SroDocs.Core.IO;

/// <summary>Files held in memory: for unit tests and for content that was never on disk.</summary>
public sealed class MemoryContentSource : IContentSource
{
    private readonly ImmutableSortedDictionary<string, byte[]> _files;
    private readonly string _displayPrefix;

    /// <param name="displayPrefix">Prepended to paths in messages, e.g. <c>content/</c>.</param>
    public MemoryContentSource(IEnumerable<KeyValuePair<string, byte[]>> files, string displayPrefix = "")
    {
        var map = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, bytes) in files)
        {
            if (!SourcePaths.IsSafe(path))
            {
                throw new ArgumentException($"'{path}' is not a safe relative path.", nameof(files));
            }

            map[path] = bytes;
        }

        _files = map.ToImmutable();
        _displayPrefix = displayPrefix;
    }

    public static MemoryContentSource FromText(IEnumerable<KeyValuePair<string, string>> files, string displayPrefix = "") =>
        new(files.Select(f => KeyValuePair.Create(f.Key, Encoding.UTF8.GetBytes(f.Value))), displayPrefix);

    public SourceListing List(string folder = "") =>
        new(_files.Keys.Where(f => SourcePaths.IsBelow(f, folder)).Select(f => SourcePaths.RelativeTo(f, folder)).ToImmutableArray(), []);

    public bool Contains(string path) => _files.ContainsKey(path);

    public byte[] ReadAllBytes(string path) =>
        _files.TryGetValue(path, out var bytes) ? bytes : throw new FileNotFoundException($"'{path}' is not a file of this source.", path);

    public string DisplayPath(string path) => _displayPrefix + path;
}
