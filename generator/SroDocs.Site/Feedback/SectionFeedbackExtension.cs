using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SroDocs.Site.Markdown;

namespace SroDocs.Site.Feedback;

/// <summary>
/// Under every second-level heading of a page whose syntax carries a <see cref="SectionFeedback"/>, a plain link (no
/// script, hidden in print) that opens a prepared e-mail about exactly that section, and a prepared issue where a
/// repository is configured. Each link names its section for screen readers.
/// </summary>
public sealed class SectionFeedbackExtension : IMarkdownExtension
{
    private static readonly object Key = typeof(SectionFeedback);

    /// <summary>Asks for feedback links on the sections of <paramref name="syntax"/>.</summary>
    public static void Attach(MarkdownDocument syntax, SectionFeedback feedback) => syntax.SetData(Key, feedback);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<HeadingRenderer>() is { } original)
        {
            html.ObjectRenderers.InsertBefore<HeadingRenderer>(new FeedbackHeadingRenderer(original));
        }
    }

    private sealed class FeedbackHeadingRenderer(HeadingRenderer heading) : HtmlObjectRenderer<HeadingBlock>
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock block)
        {
            heading.Write(renderer, block);
            if (!renderer.EnableHtmlForBlock || block.Level != 2 || block.Parent is not MarkdownDocument document
                || document.GetData(Key) is not SectionFeedback feedback || block.TryGetAttributes()?.Id is not { Length: > 0 } anchor)
            {
                return;
            }

            var text = InlineText.Of(block.Inline).Replace("\u00AD", "", StringComparison.Ordinal);
            renderer.EnsureLine();
            renderer.Write("<p class=\"rueckmeldung\" data-pagefind-ignore><a href=\"");
            WriteEscaped(renderer, feedback.MailToParts(text, anchor));
            renderer.Write("\">Rückmeldung zu diesem Abschnitt<span class=\"visually-hidden\">: „").WriteEscape(text).Write("“</span> per E-Mail</a>");
            if (feedback.IssueParts(text, anchor) is { } issue)
            {
                renderer.Write(" · <a href=\"");
                WriteEscaped(renderer, issue);
                renderer.Write("\">als Issue auf GitHub<span class=\"visually-hidden\"> zu „").WriteEscape(text).Write("“</span></a>");
            }

            renderer.WriteLine("</p>");
        }

        /// <summary>An address given in pieces, escaped piece by piece (which is escaping the whole).</summary>
        private static void WriteEscaped(HtmlRenderer renderer, string[] parts)
        {
            foreach (var part in parts)
            {
                renderer.WriteEscape(part);
            }
        }
    }
}
