using Markdig;

namespace SroDocs.Site.Markdown;

/// <summary>The one Markdig pipeline of the site: CommonMark plus the extensions authors may use.</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>Thread-safe and immutable once built, so one instance serves every page.</summary>
    public static readonly MarkdownPipeline Default = Create();

    private static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseCustomContainers()
            .UseAbbreviations()
            .UseFootnotes()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .UseDefinitionLists()
            .UseGenericAttributes()
            .Build();
}
