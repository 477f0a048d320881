using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;

namespace SroDocs.Core.IO;

/// <summary>An output kept in memory, for tests: <see cref="Files"/> holds what the last committed build wrote.</summary>
public sealed class MemoryOutput : IOutputTarget
{
    public string Display => "(Speicher)";

    public ImmutableSortedDictionary<string, byte[]> Files { get; private set; } = ImmutableSortedDictionary<string, byte[]>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>What the last build staged, committed or not: what it would have published (for tests of broken input).</summary>
    public ImmutableSortedDictionary<string, byte[]> LastStaged { get; private set; } = ImmutableSortedDictionary<string, byte[]>.Empty.WithComparers(StringComparer.Ordinal);

    public string Text(string path) => Encoding.UTF8.GetString(Files[path]);

    public IOutputStaging BeginStaging() => new Staging(this);

    private sealed class Staging(MemoryOutput owner) : IOutputStaging
    {
        private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

        public string? FinishWrites() => null;

        public void Write(string path, ReadOnlySpan<byte> bytes) => _files[path] = bytes.ToArray();

        public void Commit() => owner.Files = _files.ToImmutableSortedDictionary(StringComparer.Ordinal);

        public void Dispose() => owner.LastStaged = _files.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }
}
