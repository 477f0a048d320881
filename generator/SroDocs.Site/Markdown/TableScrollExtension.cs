using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SroDocs.Site.Markdown;

/// <summary>
/// Wraps every table in a labelled, focusable scroll region (a <c>section</c>), so wide tables work on a 320 px screen.
/// Each region's name is its own: the table's number on the page and the heading it stands under.
/// </summary>
public sealed class TableScrollExtension : IMarkdownExtension
{
    /// <summary>The labels of one document's tables, worked out in one walk (a page may hold thousands of tables).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Block, Dictionary<Table, string>> Labels = new();

    /// <summary>The region's accessible name, e.g. "Tabelle 2 zu „Beschlüsse“ (horizontal scrollbar)".</summary>
    public static string LabelOf(Table table)
    {
        Block root = table;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return Labels.GetValue(root, document =>
        {
            var labels = new Dictionary<Table, string>(ReferenceEqualityComparer.Instance);
            string? heading = null;
            foreach (var block in ((ContainerBlock)document).Descendants<Block>())
            {
                if (block is HeadingBlock h)
                {
                    heading = InlineText.Of(h.Inline);
                }
                else if (block is Table t)
                {
                    labels[t] = $"Tabelle {labels.Count + 1}{(heading is null ? "" : $" zu „{heading}“")} (horizontal scrollbar)";
                }
            }

            return labels;
        })[table];
    }

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
            renderer.Write("<section class=\"table-wrap\" tabindex=\"0\" aria-label=\"").WriteEscape(LabelOf(block)).WriteLine("\">");
            table.Write(renderer, block);
            renderer.WriteLine("</section>");
        }
    }
}
