using System.Collections.Concurrent;
using SroDocs.Core.Documents;

namespace SroDocs.Core.Pipelines;

/// <summary>
/// The typed values of one build: inputs given at the start, and what steps publish for later steps (each once).
/// A value may carry a fingerprint: equal fingerprints in two builds mean an equal value, so work that reads only
/// such values can be taken over from the earlier build (<see cref="ChainMemo"/>).
/// </summary>
public sealed class BuildValues
{
    private readonly ConcurrentDictionary<string, object> _values = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _fingerprints = new(StringComparer.Ordinal);

    /// <param name="fingerprint">What the value was made from, as a hash; null when that is not known.</param>
    public void Publish<T>(DataKey<T> key, T value, string? fingerprint = null)
        where T : notnull
    {
        if (!_values.TryAdd(key.Name, value))
        {
            throw new InvalidOperationException($"Build value '{key.Name}' was already published.");
        }

        if (fingerprint is not null)
        {
            _fingerprints[key.Name] = fingerprint;
        }
    }

    /// <summary>The fingerprint of a published value; a fixed word for one that is not published; null when the value's origin is not known.</summary>
    public string? FingerprintOf(IDataKey key) =>
        _fingerprints.TryGetValue(key.Name, out var fingerprint) ? fingerprint
        : _values.ContainsKey(key.Name) ? null
        : "unpublished:" + key.Name;

    /// <summary>The fingerprints of <paramref name="keys"/> together, as one hash; null when one of them has none.</summary>
    public string? FingerprintOf(IEnumerable<IDataKey> keys)
    {
        var parts = new List<string>();
        foreach (var key in keys)
        {
            if (FingerprintOf(key) is not { } fingerprint)
            {
                return null;
            }

            parts.Add(key.Name + "=" + fingerprint);
        }

        return ContentHash.Of(parts);
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
