using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace SroDocs.Core.Diagnostics;

/// <summary>Collects diagnostics from every stage, safely from parallel work.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Enqueue(diagnostic);
        }
    }

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public bool HasWarnings => _items.Any(d => d.Severity == Severity.Warning);

    /// <summary>All diagnostics without duplicates, ordered by file, line and column.</summary>
    public ImmutableArray<Diagnostic> ToSortedArray() =>
        _items.Distinct()
            .OrderBy(d => d.Location?.Path ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToImmutableArray();
}
