using Markdig;
using Markdig.Syntax;
using SroDocs.Core.Diagnostics;
using SroDocs.Site.Links;
using SroDocs.Site.Navigation;

namespace SroDocs.Site.Markdown;

/// <summary>Turns Markdown syntax into HTML with the site's pipeline (its renderers: placeholders, tables, glossary terms).</summary>
public static class MarkdownHtml
{
    /// <summary>Renders with one of the pipeline's pooled renderers (setting a renderer up costs more than most pages).</summary>
    public static string Render(MarkdownDocument syntax, MarkdownPipeline pipeline) => syntax.ToHtml(pipeline);

    /// <summary>
    /// Renders a Markdown text from a data file (a glossary definition, a milestone description) for a page. Its
    /// links are resolved like the page's own; problems are reported at the data entry, made by <paramref name="broken"/>.
    /// </summary>
    /// <param name="broken">Makes the diagnostic for a broken link from its href and the reason.</param>
    public static (string Html, IReadOnlyList<AnchorLink> AnchorLinks) RenderSnippet(
        string markdown, PageEntry page, LinkResolver resolver, MarkdownPipeline pipeline,
        SourceLocation entry, Func<string, string, Diagnostic> broken, DiagnosticBag diagnostics)
    {
        var syntax = Markdig.Markdown.Parse(markdown, pipeline);
        var anchors = MarkdownLinks.Resolve(SyntaxWalk.Of(syntax).Links, page, resolver, _ => entry, (href, problem, _) => broken(href, problem.Message), diagnostics);
        return (Render(syntax, pipeline), anchors);
    }
}
