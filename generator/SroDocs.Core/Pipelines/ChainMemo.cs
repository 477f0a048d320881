using System.Collections.Concurrent;
using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;

namespace SroDocs.Core.Pipelines;

/// <summary>
/// What chained document steps made of each document in the previous run of the same pipelines, with the
/// diagnostics they reported, so that the next run (a preview after an edit) takes it over instead of doing the work
/// again. A result is taken over only when the document's inputs and the fingerprints of every value its pipeline's
/// steps read up to that phase are the same (see <see cref="PipelineRunner"/>); a value without a fingerprint makes
/// its pipeline's documents always run. Results of documents a run no longer has are dropped at its end.
/// One memo serves one series of runs, one run at a time.
/// </summary>
public sealed class ChainMemo
{
    private readonly ConcurrentDictionary<Slot, Entry> _entries = new();
    private readonly ConcurrentBag<Slot> _used = [];
    private readonly ConcurrentQueue<string> _ran = new();

    /// <summary>The documents the last run processed anew, as "pipeline/phase: document" (the others were taken over).</summary>
    public ImmutableArray<string> LastRunProcessed { get; private set; } = [];

    /// <summary>How many results the last run took over.</summary>
    public int LastRunTakenOver { get; private set; }

    private int _takenOver;

    internal void BeginRun()
    {
        _used.Clear();
        _ran.Clear();
        _takenOver = 0;
    }

    internal void EndRun()
    {
        var used = _used.ToHashSet();
        foreach (var slot in _entries.Keys.Where(s => !used.Contains(s)))
        {
            _entries.TryRemove(slot, out _);
        }

        LastRunProcessed = [.. _ran.Order(StringComparer.Ordinal)];
        LastRunTakenOver = _takenOver;
    }

    internal bool TryTake(string pipeline, Phase phase, Document document, string key, out Entry entry)
    {
        var slot = new Slot(pipeline, phase, document.Source);
        _used.Add(slot);
        if (_entries.TryGetValue(slot, out entry!) && entry.Key == key)
        {
            Interlocked.Increment(ref _takenOver);
            return true;
        }

        Ran(pipeline, phase, document);
        return false;
    }

    /// <summary>Notes a document the run processed without a result to take over.</summary>
    internal void Ran(string pipeline, Phase phase, Document document) => _ran.Enqueue($"{pipeline}/{phase}: {document.Source.Display}");

    internal void Keep(string pipeline, Phase phase, Document document, Entry entry) =>
        _entries[new Slot(pipeline, phase, document.Source)] = entry;

    private readonly record struct Slot(string Pipeline, Phase Phase, DocumentSource Source);

    /// <param name="Output">What the chain made of the document; null when it dropped it.</param>
    internal sealed record Entry(string Key, Document? Output, ImmutableArray<Diagnostic> Diagnostics);
}
