using System.Collections.Concurrent;
using System.Collections.Immutable;
using SroDocs.Core.Documents;

namespace SroDocs.Core.Pipelines;

/// <summary>The documents each pipeline produced at the end of each phase, readable by name.</summary>
public sealed class PipelineOutputs
{
    private readonly ConcurrentDictionary<(string Pipeline, Phase Phase), ImmutableArray<Document>> _outputs = new();

    public ImmutableArray<Document> this[string pipeline, Phase phase] =>
        _outputs.TryGetValue((pipeline, phase), out var documents) ? documents : [];

    /// <summary>The latest documents of every pipeline at or before <paramref name="phase"/>.</summary>
    public ImmutableArray<Document> Latest(string pipeline, Phase phase)
    {
        for (var p = phase; p >= Phase.Read; p--)
        {
            if (_outputs.TryGetValue((pipeline, p), out var documents))
            {
                return documents;
            }
        }

        return [];
    }

    internal void Set(string pipeline, Phase phase, ImmutableArray<Document> documents) => _outputs[(pipeline, phase)] = documents;
}
