using System.Collections.Immutable;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Links;
using SroDocs.Site.Pages;
using SroDocs.Site.Templates.Views;
using Document = SroDocs.Core.Documents.Document;

namespace SroDocs.Site.Templates;

/// <summary>
/// Renders each page (Markdown or generated) with its layout and wraps the result in <c>baseof.hbs</c>. The page's
/// facts for the checks gain the ids the templates and the kind's data write. Template failures are SRO3xxx at the
/// template: a name the view does not have (SRO3004) at the line that uses it.
/// </summary>
/// <param name="kinds">The site's page kinds, read when the site is built (their data may read more values).</param>
public sealed class ApplyLayout(Func<IEnumerable<PageKind>> kinds) : DocumentStep
{
    /// <summary>The step for a pipeline of <paramref name="site"/>: it knows every page kind the site can render.</summary>
    public ApplyLayout(SiteBuilder site)
        : this(() => site.PageKinds)
    {
    }

    public override StepDependencies Dependencies => new([.. LayoutInputs.Reads.Concat(kinds().SelectMany(k => k.Reads)).Distinct()], []);

    protected override bool Applies(Document document) => document.Metadata.Contains(SiteKeys.Page);

    protected override Document? Process(Document document, StepContext context)
    {
        var inputs = context.Once(LayoutInputs.From);
        var templates = inputs.Templates;
        var page = document.Get(SiteKeys.Page);
        if (templates.HasErrors)
        {
            // Already reported where the template is broken; the page is not rendered.
            return NotRendered(document);
        }

        if (templates.Find(page.Layout, page.Section) is not { } key)
        {
            // One report per missing layout, at the theme: the message does not name the page, so the bag keeps it once.
            context.Diagnostics.Add(TemplateDiagnostics.LayoutMissing(SourceLocation.FileOnly(inputs.Inputs.ThemeWithOverrides.DisplayPath("layouts")), page.Layout));
            return NotRendered(document);
        }

        var renderContext = new PageRenderContext(inputs, page, context);
        var data = page.Kind.BuildData(renderContext);
        var view = PageViewBuilder.Build(inputs, renderContext, document.Metadata.GetOrDefault(SiteKeys.Headings, []), data, document.Metadata.GetOrDefault(SiteKeys.Excerpt));
        var current = key;
        LentBytes html;
        TemplateRenderer renderer;
        try
        {
            using var output = new Output.Utf8PageWriter();
            renderer = templates.RenderPage(key, view, document.Metadata.GetOrDefault(SiteKeys.Body) ?? Markdown.PageBody.Empty, output, template => current = template);
            html = output.LendWithPolicy();
        }
        catch (HandlebarsUndefinedBindingException exception)
        {
            var location = templates.Locate(current, exception.MissingKey) ?? SourceLocation.FileOnly(templates.SourceOf(current).Display);
            context.Diagnostics.Add(TemplateDiagnostics.UnknownName(location, exception.MissingKey, ViewNames.For(exception.Path)));
            return NotRendered(document);
        }
        catch (ArgumentException exception) when (Markdown.NestingGuard.IsMarkdigDepthLimit(exception))
        {
            // The page's own Markdown, written into the layout, is too deep for Markdig's renderer: the page's error.
            context.Diagnostics.Add(FrontMatterDiagnostics.MarkdownTooDeep(SourceLocation.FileOnly(document.Source.Display)));
            return NotRendered(document);
        }
        catch (Exception exception) when (exception is HandlebarsException or InvalidOperationException or ArgumentException)
        {
            context.Diagnostics.Add(TemplateDiagnostics.RenderFailed(SourceLocation.FileOnly(templates.SourceOf(current).Display), document.Source.Display, exception));
            return NotRendered(document);
        }

        var body = document.Metadata.GetOrDefault(SiteKeys.Facts) ?? RenderedFacts.None;
        var dataAnchors = data is IPageAnchors declared ? declared.Anchors.ToList() : [];
        var templateIds = templates.IdsOf(key);
        foreach (var clash in dataAnchors.Where(templateIds.Contains).Distinct())
        {
            context.Diagnostics.Add(LinkDiagnostics.DuplicateHtmlId(SourceLocation.FileOnly(document.Source.Display), clash, page.Destination));
        }

        var pageAnchors = dataAnchors.Count == 0 ? body.PageAnchors : body.PageAnchors.Concat(dataAnchors).ToHashSet(StringComparer.Ordinal);
        var facts = new RenderedFacts(pageAnchors, templateIds, body.AnchorLinks.AddRange(renderContext.AnchorLinks));
        // The body (a syntax tree, perhaps) is used up: only the page's bytes and facts go on.
        return document.Without(SiteKeys.Body).With(SiteKeys.Facts, facts).With(SiteKeys.RenderedWith, renderer) with { Content = html };
    }

    private static Document NotRendered(Document document) => document.Without(SiteKeys.Body) with { Destination = Destination.None, Content = DocumentContent.Empty };
}
