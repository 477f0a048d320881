using System.Collections.Concurrent;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;

namespace SroDocs.Core.Pipelines;

/// <summary>
/// Everything one build shares: diagnostics, the outputs of finished phases, and typed values that a
/// phase publishes for later phases (each key is set once). One context per build; no global state.
/// </summary>
public sealed class BuildContext
{
    private readonly ConcurrentDictionary<string, object> _shared = new();

    public DiagnosticBag Diagnostics { get; } = new();

    public PipelineOutputs Outputs { get; } = new();

    /// <summary>The phase that is running now.</summary>
    public Phase CurrentPhase { get; internal set; }

    public void Publish<T>(DataKey<T> key, T value)
        where T : notnull
    {
        if (!_shared.TryAdd(key.Name, value))
        {
            throw new InvalidOperationException($"Shared value '{key.Name}' was already published.");
        }
    }

    public T Require<T>(DataKey<T> key) =>
        _shared.TryGetValue(key.Name, out var value) && value is T typed
            ? typed
            : throw new InvalidOperationException($"Shared value '{key.Name}' is not published yet (phase {CurrentPhase}).");

    public bool TryGet<T>(DataKey<T> key, out T value)
    {
        if (_shared.TryGetValue(key.Name, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }
}
