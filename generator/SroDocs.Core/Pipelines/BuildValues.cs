using System.Collections.Concurrent;
using SroDocs.Core.Documents;

namespace SroDocs.Core.Pipelines;

/// <summary>The typed values of one build: inputs given at the start, and what steps publish for later steps (each once).</summary>
public sealed class BuildValues
{
    private readonly ConcurrentDictionary<string, object> _values = new(StringComparer.Ordinal);

    public void Publish<T>(DataKey<T> key, T value)
        where T : notnull
    {
        if (!_values.TryAdd(key.Name, value))
        {
            throw new InvalidOperationException($"Build value '{key.Name}' was already published.");
        }
    }

    public T Get<T>(DataKey<T> key) =>
        TryGet(key, out var value) ? value : throw new InvalidOperationException($"Build value '{key.Name}' is not published.");

    public bool TryGet<T>(DataKey<T> key, out T value)
    {
        if (_values.TryGetValue(key.Name, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }
}
