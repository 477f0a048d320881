using Markdig;
using Markdig.Syntax;

namespace SroDocs.Site.Markdown;

/// <summary>
/// The body of a page, ready to be written into its layout: the Markdown syntax tree (rendered straight into the
/// page's bytes, no copy in between), or HTML (after the sanitiser, or made by a step).
/// </summary>
public abstract class PageBody
{
    public static readonly PageBody Empty = FromHtml("");

    public static PageBody FromHtml(string html) => new HtmlBody(html);

    public static PageBody FromSyntax(MarkdownDocument syntax, MarkdownPipeline pipeline) => new SyntaxBody(syntax, pipeline);

    public abstract void WriteTo(TextWriter writer);

    public string ToHtml()
    {
        using var writer = new StringWriter();
        WriteTo(writer);
        return writer.ToString();
    }

    private sealed class HtmlBody(string html) : PageBody
    {
        public override void WriteTo(TextWriter writer) => writer.Write(html);
    }

    private sealed class SyntaxBody(MarkdownDocument syntax, MarkdownPipeline pipeline) : PageBody
    {
        /// <summary>With one of the pipeline's pooled renderers (setting a renderer up costs more than most pages).</summary>
        public override void WriteTo(TextWriter writer) => syntax.ToHtml(writer, pipeline);
    }
}
