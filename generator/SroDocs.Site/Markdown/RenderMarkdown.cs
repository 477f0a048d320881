using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Content;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Glossary;
using SroDocs.Site.Html;
using SroDocs.Site.Links;
using SroDocs.Site.Pages;
using Document = SroDocs.Core.Documents.Document;

namespace SroDocs.Site.Markdown;

/// <summary>
/// Renders a page's Markdown syntax to HTML: links resolved and rewritten relative to the page (broken ones reported
/// where they were written), glossary terms marked (unless the page opts out with <c>glossar: false</c>), and the
/// page's anchors collected from the syntax tree for the link checks. No HTML is parsed here.
/// </summary>
public sealed class RenderMarkdown : DocumentStep
{
    public override StepDependencies Dependencies { get; } =
        StepDependencies.Reading(SiteValues.Markdown, SiteValues.Index, SiteValues.Glossary, SiteValues.TermMatcher, SiteValues.Templates, SiteValues.Config, SiteValues.Inputs);

    protected override bool Applies(Document document) => document.Artefacts.Contains(SiteKeys.MarkdownSyntax);

    protected override Document? Process(Document document, StepContext context)
    {
        var syntax = document.Artefacts.Get(SiteKeys.MarkdownSyntax);
        var page = document.Get(SiteKeys.Page);
        var index = context.Read(SiteValues.Index);
        var resolver = context.Once(c => new LinkResolver(c.Read(SiteValues.Index), c.Read(SiteValues.Glossary)));
        var display = document.Source.Display;

        if (page.Kind.MarksGlossaryTerms && page.FrontMatter?.RecogniseGlossaryTerms != false
            && index.OfKind(DataPages.Glossary) is { } glossaryPage && glossaryPage.Url != page.Url)
        {
            GlossaryTermLinker.Apply(syntax, context.Read(SiteValues.TermMatcher), SiteUrls.Relative(page.Url, glossaryPage.Url));
        }

        var walk = SyntaxWalk.Of(syntax);
        SoftHyphenateHeadings(walk.Headings);
        foreach (var literal in walk.VeryLongWords.Where(l => l.Parent?.ParentBlock is not Markdig.Syntax.HeadingBlock))
        {
            literal.Content = new Markdig.Helpers.StringSlice(Typography.GermanCompounds.SoftHyphenate(literal.Content.ToString()));
        }
        var anchorLinks = MarkdownLinks.Resolve(walk.Links, page, resolver,
            link => new SourceLocation(display, link.Line + 1, link.Column + 1), MarkdownLinks.AtLink, context.Diagnostics);
        MarkdownLinks.CheckSchemes(walk.Autolinks, link => new SourceLocation(display, link.Line + 1, link.Column + 1), MarkdownLinks.AtLink, context.Diagnostics);

        var reserved = context.Read(SiteValues.Templates).ReservedIds;
        var (anchors, duplicates) = SyntaxAnchors.Collect(walk, reserved, display, context.Diagnostics);
        var raw = walk.Html.Count > 0;
        var rawAnchors = raw ? RawHtmlCheck.Check(walk.Html, MarkdownAttributes.InFile(display), context.Diagnostics) : [];
        if (Feedback.SectionFeedbackPages.For(page, context) is { } feedback)
        {
            Feedback.SectionFeedbackExtension.Attach(syntax, feedback);
        }

        var body = PageBody.FromSyntax(syntax, context.Read(SiteValues.Markdown));
        if (raw)
        {
            // HTML written by the author: one sanitising pass; the ids are then read from what will be published.
            string rendered;
            try
            {
                rendered = body.ToHtml();
            }
            catch (ArgumentException exception) when (NestingGuard.IsMarkdigDepthLimit(exception))
            {
                context.Diagnostics.Add(FrontMatterDiagnostics.MarkdownTooDeep(SourceLocation.FileOnly(display)));
                return null;
            }

            var (html, ids, domDuplicates) = SanitizeBody.Apply(rendered, SourceLocation.FileOnly(display), context.Diagnostics);
            body = PageBody.FromHtml(html);
            anchors = ids;
            var locatedIds = duplicates.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var id in domDuplicates.Concat(anchors.Where(reserved.Contains)).Distinct().Where(id => !locatedIds.Contains(id)))
            {
                // Only the HTML knows this id twice; the Markdown does not say where.
                context.Diagnostics.Add(LinkDiagnostics.DuplicateHtmlId(SourceLocation.FileOnly(display), id, page.Destination));
            }

            anchorLinks = anchorLinks.AddRange(rawAnchors.Select(a => new AnchorLink(page.Destination, a.Anchor,
                existing => LinkDiagnostics.AnchorMissing(page.Title, a.Anchor, "#" + a.Anchor, existing) with { Location = a.Location })));
        }

        foreach (var (id, where) in duplicates)
        {
            context.Diagnostics.Add(LinkDiagnostics.DuplicateHtmlId(new SourceLocation(display, where.Line + 1, where.Column + 1), id, page.Destination));
        }

        return document
            .With(SiteKeys.Body, body)
            .With(SiteKeys.Facts, new RenderedFacts(anchors, System.Collections.Immutable.ImmutableHashSet<string>.Empty, anchorLinks)) with { Artefacts = Metadata.Empty };
    }

    /// <summary>Long compounds in headings get soft hyphens (their anchors were made from the plain text before).</summary>
    private static void SoftHyphenateHeadings(List<Markdig.Syntax.HeadingBlock> headings)
    {
        foreach (var heading in headings)
        {
            for (var inline = heading.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                if (inline is Markdig.Syntax.Inlines.LiteralInline literal && literal.Content.Length >= 12)
                {
                    literal.Content = new Markdig.Helpers.StringSlice(Typography.GermanCompounds.SoftHyphenate(literal.Content.ToString()));
                }
            }
        }
    }
}
