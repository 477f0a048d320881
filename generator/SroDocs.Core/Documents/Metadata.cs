namespace SroDocs.Core.Documents;

/// <summary>
/// An immutable bag of typed values. Values are converted once, when written; reads never convert. A document
/// carries a handful of values, so the bag is a small array copied on write: cheaper than a tree for that size.
/// </summary>
public sealed class Metadata
{
    public static readonly Metadata Empty = new([]);

    private readonly KeyValuePair<string, object?>[] _values;

    private Metadata(KeyValuePair<string, object?>[] values) => _values = values;

    public bool Contains<T>(DataKey<T> key) => IndexOf(key.Name) >= 0;

    public T Get<T>(DataKey<T> key) =>
        TryGet(key, out var value)
            ? value
            : throw new KeyNotFoundException($"Metadata key '{key.Name}' is not set.");

    public T? GetOrDefault<T>(DataKey<T> key, T? fallback = default) => TryGet(key, out var value) ? value : fallback;

    public bool TryGet<T>(DataKey<T> key, out T value)
    {
        var index = IndexOf(key.Name);
        if (index >= 0 && _values[index].Value is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }

    public Metadata With<T>(DataKey<T> key, T value)
    {
        var index = IndexOf(key.Name);
        var values = index >= 0 ? (KeyValuePair<string, object?>[])_values.Clone() : new KeyValuePair<string, object?>[_values.Length + 1];
        if (index < 0)
        {
            Array.Copy(_values, values, _values.Length);
            index = _values.Length;
        }

        values[index] = new KeyValuePair<string, object?>(key.Name, value);
        return new Metadata(values);
    }

    /// <summary>A bag without <paramref name="key"/> (work products that are used up, such as a syntax tree).</summary>
    public Metadata Without<T>(DataKey<T> key)
    {
        var index = IndexOf(key.Name);
        return index < 0 ? this : new Metadata([.. _values[..index], .. _values[(index + 1)..]]);
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (ReferenceEquals(_values[i].Key, name) || string.Equals(_values[i].Key, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
