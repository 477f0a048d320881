using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SroDocs.Site.Markdown;

/// <summary>Wraps every table in a labelled, focusable scroll container, so wide tables work on a 320 px screen.</summary>
public sealed class TableScrollExtension : IMarkdownExtension
{
    public const string Opening = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Tabelle (horizontal scrollbar)\">";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<HtmlTableRenderer>() is { } original)
        {
            html.ObjectRenderers.InsertBefore<HtmlTableRenderer>(new ScrollingTableRenderer(original));
        }
    }

    private sealed class ScrollingTableRenderer(HtmlTableRenderer table) : HtmlObjectRenderer<Table>
    {
        protected override void Write(HtmlRenderer renderer, Table block)
        {
            if (!renderer.EnableHtmlForBlock)
            {
                table.Write(renderer, block);
                return;
            }

            renderer.EnsureLine();
            renderer.WriteLine(Opening);
            table.Write(renderer, block);
            renderer.WriteLine("</div>");
        }
    }
}
