using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SroDocs.Site.Glossary;

/// <summary>
/// Renders <see cref="GlossaryTermInline"/>s: a link to the glossary entry and a tooltip (long form and short
/// definition) that CSS shows on hover and focus. Without CSS or JavaScript the mark-up is a plain link.
/// </summary>
public sealed class GlossaryTermExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<GlossaryTermRenderer>())
        {
            html.ObjectRenderers.Add(new GlossaryTermRenderer());
        }
    }

    private sealed class GlossaryTermRenderer : HtmlObjectRenderer<GlossaryTermInline>
    {
        protected override void Write(HtmlRenderer renderer, GlossaryTermInline term)
        {
            var tipId = "begriff-" + term.Term.Id;
            renderer.Write("<span class=\"term\"><a class=\"term-link\" href=\"").WriteEscape(term.Href)
                .Write("\" aria-describedby=\"").WriteEscape(tipId).Write("\">");
            if (term.Text == term.Term.Abbreviation)
            {
                renderer.Write("<abbr>").WriteEscape(term.Text).Write("</abbr>");
            }
            else
            {
                renderer.WriteEscape(term.Text);
            }

            renderer.Write("</a><span class=\"term-tip\" data-pagefind-ignore id=\"").WriteEscape(tipId).Write("\" role=\"tooltip\"><strong>")
                .WriteEscape(term.Term.DisplayName + ": ").Write("</strong>").WriteEscape(term.Term.Short).Write("</span></span>");
        }
    }
}
