using System.Collections.Immutable;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Document = SroDocs.Core.Documents.Document;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Markdown;

/// <summary>
/// Parses a page with Markdig (the whole file, so positions are file positions), gives every heading a
/// German anchor, and keeps the page to one <c>h1</c>: a leading <c># Title</c> equal to the title is
/// dropped (the layout prints it), other level-1 headings become level 2.
/// </summary>
public sealed class ParseMarkdown : DocumentStep
{
    protected override bool Applies(Document document) => document.Metadata.Contains(SiteKeys.FrontMatter);

    protected override Document? Process(Document document, BuildContext context)
    {
        Markdig.Syntax.MarkdownDocument syntax;
        try
        {
            syntax = Markdig.Markdown.Parse(document.Text, MarkdownPipelineFactory.Default);
        }
        catch (ArgumentException exception) when (exception.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            context.Diagnostics.Add(FrontMatterDiagnostics.MarkdownTooDeep(Core.Diagnostics.SourceLocation.FileOnly(document.Source)));
            return null;
        }

        var title = document.Get(SiteKeys.FrontMatter).Title;
        var firstContent = syntax.FirstOrDefault(b => b is not Markdig.Extensions.Yaml.YamlFrontMatterBlock);
        if (firstContent is HeadingBlock { Level: 1 } first && InlineText.Of(first.Inline) == title)
        {
            syntax.Remove(first);
        }

        // Anchors the author chose come first, then the theme's own ids; generated anchors avoid both.
        var all = syntax.Descendants<HeadingBlock>().ToList();
        var taken = new HashSet<string>(context.Require(SiteState.Templates).ReservedIds, StringComparer.Ordinal);
        taken.UnionWith(all.Select(h => h.GetAttributes().Id).Where(id => !string.IsNullOrEmpty(id))!);
        var headings = ImmutableArray.CreateBuilder<Heading>();
        foreach (var heading in all)
        {
            if (heading.Level == 1)
            {
                heading.Level = 2;
            }

            var text = InlineText.Of(heading.Inline);
            var attributes = heading.GetAttributes();
            var anchor = attributes.Id is { Length: > 0 } custom ? custom : HeadingSlug.Unique(HeadingSlug.Of(text), taken);
            attributes.Id = anchor;
            headings.Add(new Heading(heading.Level, text, anchor));
        }

        return document.With(SiteKeys.Headings, headings.ToImmutable()).WithArtefact(SiteKeys.MarkdownSyntax, syntax);
    }
}
