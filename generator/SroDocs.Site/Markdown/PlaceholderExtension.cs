using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SroDocs.Site.Markdown;

/// <summary>
/// <c>::: platzhalter</c> marks a fact that is not known yet. It is rendered as a note with a visible, readable
/// label, so that missing facts are marked in text, not by colour alone.
/// </summary>
public sealed class PlaceholderExtension : IMarkdownExtension
{
    public const string Info = "platzhalter";
    public const string Label = "Platzhalter – noch nicht belegt";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<HtmlCustomContainerRenderer>() is { } original)
        {
            html.ObjectRenderers.InsertBefore<HtmlCustomContainerRenderer>(new PlaceholderRenderer(original));
        }
    }

    private sealed class PlaceholderRenderer(HtmlCustomContainerRenderer fallback) : HtmlObjectRenderer<CustomContainer>
    {
        protected override void Write(HtmlRenderer renderer, CustomContainer container)
        {
            if (container.Info != Info || !renderer.EnableHtmlForBlock)
            {
                fallback.Write(renderer, container);
                return;
            }

            renderer.EnsureLine();
            renderer.Write("<div").WriteAttributes(container).Write(" role=\"note\">");
            renderer.Write("<p class=\"platzhalter-label\">").WriteEscape(Label).Write("</p>");
            renderer.WriteChildren(container);
            renderer.WriteLine("</div>");
        }
    }
}
