using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Content;
using SroDocs.Site.Diagnostics;
using Document = SroDocs.Core.Documents.Document;

namespace SroDocs.Site.Markdown;

/// <summary>
/// Parses a page's Markdown with the site's Markdig pipeline (the whole file, so positions are file positions) and
/// gives every heading its anchor; the first paragraph's text is kept as the page's excerpt. Runs in the Render phase, chained with rendering, so that only the pages being
/// rendered hold a syntax tree.
/// </summary>
public sealed class ParseMarkdown : DocumentStep
{
    public override StepDependencies Dependencies { get; } = StepDependencies.Reading(SiteValues.Markdown, SiteValues.Templates);

    protected override bool Applies(Document document) => document.Metadata.Contains(SiteKeys.FrontMatter) && document.Metadata.Contains(SiteKeys.Page);

    protected override Document? Process(Document document, StepContext context)
    {
        if (PageText.Of(document, context.Diagnostics) is not { } text)
        {
            return null;
        }

        if (NestingGuard.Check(text, document.Source.Display) is { } tooDeep)
        {
            context.Diagnostics.Add(tooDeep);
            return null;
        }

        Markdig.Syntax.MarkdownDocument syntax;
        try
        {
            syntax = Markdig.Markdown.Parse(text, context.Read(SiteValues.Markdown));
        }
        catch (ArgumentException exception) when (NestingGuard.IsMarkdigDepthLimit(exception))
        {
            context.Diagnostics.Add(FrontMatterDiagnostics.MarkdownTooDeep(SourceLocation.FileOnly(document.Source.Display)));
            return null;
        }

        var headings = HeadingAnchors.Apply(syntax, document.Get(SiteKeys.Page).Title, context.Read(SiteValues.Templates).ReservedIds);
        return document.With(SiteKeys.Headings, headings).With(SiteKeys.Excerpt, PageExcerpt.Of(syntax) ?? "").WithArtefact(SiteKeys.MarkdownSyntax, syntax) with { Content = DocumentContent.Empty };
    }
}
