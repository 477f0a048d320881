using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace SroDocs.Core.Diagnostics;

/// <summary>Collects diagnostics from every step, safely from parallel work.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errors;
    private int _warnings;

    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        if (diagnostic.Severity == Severity.Error)
        {
            Interlocked.Increment(ref _errors);
        }
        else if (diagnostic.Severity == Severity.Warning)
        {
            Interlocked.Increment(ref _warnings);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public bool HasErrors => Volatile.Read(ref _errors) > 0;

    public bool HasWarnings => Volatile.Read(ref _warnings) > 0;

    /// <summary>The diagnostics in the order they came.</summary>
    public ImmutableArray<Diagnostic> ToArray() => [.. _items];

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
