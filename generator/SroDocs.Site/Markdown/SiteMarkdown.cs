using Markdig;
using SroDocs.Site.Glossary;

namespace SroDocs.Site.Markdown;

/// <summary>The Markdown SroDocs pages are written in: CommonMark, the Markdig extensions authors may use, and SroDocs's own.</summary>
public static class SiteMarkdown
{
    /// <summary>Adds everything a SroDocs page may use to a Markdig pipeline builder.</summary>
    public static MarkdownPipelineBuilder UseSroDocs(this MarkdownPipelineBuilder builder)
    {
        builder
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
            .UseGenericAttributes();
        builder.Extensions.AddIfNotAlready<PlaceholderExtension>();
        builder.Extensions.AddIfNotAlready<TableScrollExtension>();
        builder.Extensions.AddIfNotAlready<GlossaryTermExtension>();
        builder.Extensions.AddIfNotAlready<Feedback.SectionFeedbackExtension>();
        return builder;
    }
}
