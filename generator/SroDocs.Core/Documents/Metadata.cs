using System.Collections.Immutable;

namespace SroDocs.Core.Documents;

/// <summary>An immutable bag of typed values. Values are converted once, when written; reads never convert.</summary>
public sealed class Metadata
{
    public static readonly Metadata Empty = new(ImmutableDictionary<string, object?>.Empty);

    private readonly ImmutableDictionary<string, object?> _values;

    private Metadata(ImmutableDictionary<string, object?> values) => _values = values;

    public int Count => _values.Count;

    public bool Contains<T>(DataKey<T> key) => _values.ContainsKey(key.Name);

    public T Get<T>(DataKey<T> key) =>
        TryGet(key, out var value)
            ? value
            : throw new KeyNotFoundException($"Metadata key '{key.Name}' is not set.");

    public T? GetOrDefault<T>(DataKey<T> key, T? fallback = default) => TryGet(key, out var value) ? value : fallback;

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

    public Metadata With<T>(DataKey<T> key, T value) => new(_values.SetItem(key.Name, value));
}
