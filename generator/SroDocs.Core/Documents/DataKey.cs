namespace SroDocs.Core.Documents;

/// <summary>A typed key into a <see cref="Metadata"/> bag (after Markdig's <c>DataKey</c>).</summary>
public sealed class DataKey<T>(string name)
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}
