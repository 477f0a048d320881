using System.Collections.Concurrent;
using System.Collections.Immutable;
using SroDocs.Core.Documents;

namespace SroDocs.Core.Pipelines;

/// <summary>
/// The documents each pipeline holds after each phase. Earlier phases are released once a later one is done
/// (unless a run keeps them, as tests do), so a build holds each document once.
/// </summary>
public sealed class PipelineOutputs
{
    private readonly ConcurrentDictionary<(string Pipeline, Phase Phase), ImmutableArray<Document>> _outputs = new();
    private readonly ConcurrentDictionary<string, ImmutableArray<Document>> _latest = new(StringComparer.Ordinal);
    private ImmutableArray<string> _order = [];

    /// <summary>The documents of a pipeline at the end of a phase; empty when not kept or not run.</summary>
    public ImmutableArray<Document> this[string pipeline, Phase phase] =>
        _outputs.TryGetValue((pipeline, phase), out var documents) ? documents : [];

    /// <summary>The documents a pipeline holds now.</summary>
    public ImmutableArray<Document> Latest(string pipeline) => _latest.GetValueOrDefault(pipeline, []);

    /// <summary>The documents every pipeline holds now, in pipeline order.</summary>
    public ImmutableArray<Document> AllLatest() => [.. _order.SelectMany(p => Latest(p))];

    internal void Declare(IEnumerable<string> pipelines) => _order = [.. pipelines];

    internal void Set(string pipeline, Phase phase, ImmutableArray<Document> documents, bool keep)
    {
        _latest[pipeline] = documents;
        if (keep)
        {
            _outputs[(pipeline, phase)] = documents;
        }
    }
}
