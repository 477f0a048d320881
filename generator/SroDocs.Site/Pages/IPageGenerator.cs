using SroDocs.Core.Documents;

namespace SroDocs.Site.Pages;

/// <summary>
/// Makes generated pages once the data is known (Parse phase). Registered with
/// <see cref="SiteBuilder.PageGenerators"/>; its pages take part in navigation, link checks and output like any page.
/// </summary>
public interface IPageGenerator
{
    /// <summary>The build values <see cref="Generate"/> reads.</summary>
    IReadOnlyList<IDataKey> Reads { get; }

    /// <summary>The kinds of page this generator makes (their data readers are declared through them).</summary>
    IReadOnlyList<PageKind> Kinds { get; }

    IEnumerable<GeneratedPage> Generate(GeneratorContext context);
}

/// <summary>What a generator may read: the values it declared.</summary>
public sealed class GeneratorContext(Core.Pipelines.StepContext step)
{
    public T Read<T>(DataKey<T> key) => step.Read(key);
}
