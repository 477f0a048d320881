namespace SroDocs.Core.Documents;

/// <summary>A key by name, for declaring which values a step reads and publishes.</summary>
public interface IDataKey
{
    string Name { get; }
}

/// <summary>A typed key into a <see cref="Metadata"/> bag or the values of a build (after Markdig's <c>DataKey</c>).</summary>
public sealed class DataKey<T>(string name) : IDataKey
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}
