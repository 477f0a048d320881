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
        if (NestingGuard.Check(markdown, entry.Path) is { } tooDeep)
        {
            diagnostics.Add(tooDeep with { Location = entry });
            return ("", []);
        }

        var syntax = Markdig.Markdown.Parse(markdown, pipeline);
        var walk = SyntaxWalk.Of(syntax);
        foreach (var node in walk.WithAttributes)
        {
            MarkdownAttributes.Restrict(node, _ => entry, diagnostics);
        }

        var anchors = MarkdownLinks.Resolve(walk.Links, page, resolver, _ => entry, (href, problem, _) => broken(href, problem.Message), diagnostics);
        MarkdownLinks.CheckSchemes(walk.Autolinks, _ => entry, (href, problem, _) => broken(href, problem.Message), diagnostics);
        if (walk.Html.Count == 0)
        {
            return (Render(syntax, pipeline), anchors);
        }

        // HTML in a data text is held to the same policy as in a page, and published only after the sanitiser.
        Html.RawHtmlCheck.Check(walk.Html, _ => entry, diagnostics);
        return (Html.SanitizeBody.Apply(Render(syntax, pipeline), entry, diagnostics).Html, anchors);
    }
}
