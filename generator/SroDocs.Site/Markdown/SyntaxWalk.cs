using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SroDocs.Site.Markdown;

/// <summary>
/// One walk over a page's syntax tree, in document order, gathering what the render steps look at: links and images,
/// HTML written by the author, elements with attributes, footnotes. Every later pass works on these lists instead of
/// walking the whole tree again.
/// </summary>
public sealed class SyntaxWalk
{
    /// <summary>Inlines still to visit; empty between leaf blocks, so one stack serves the whole walk.</summary>
    private readonly Stack<Inline> _pending = new();

    private SyntaxWalk()
    {
    }

    public List<LinkInline> Links { get; } = [];

    /// <summary>CommonMark autolinks (<c>&lt;scheme:…&gt;</c>): external addresses, checked only for their scheme.</summary>
    public List<AutolinkInline> Autolinks { get; } = [];

    /// <summary>HTML blocks and inline HTML tags, as written.</summary>
    public List<MarkdownObject> Html { get; } = [];

    /// <summary>Every element that carries attributes (ids, classes, Markdown's <c>{…}</c>).</summary>
    public List<MarkdownObject> WithAttributes { get; } = [];

    public List<Footnote> Footnotes { get; } = [];

    public List<FootnoteLink> FootnoteLinks { get; } = [];

    /// <summary>Text pieces with a word long enough to overflow a narrow screen (they get soft hyphens).</summary>
    public List<LiteralInline> VeryLongWords { get; } = [];

    /// <summary>The headings of the page, in document order.</summary>
    public List<HeadingBlock> Headings { get; } = [];

    public static SyntaxWalk Of(MarkdownDocument syntax)
    {
        var walk = new SyntaxWalk();
        var blocks = new Stack<Block>();
        blocks.Push(syntax);
        while (blocks.Count > 0)
        {
            var block = blocks.Pop();
            walk.Visit(block);
            switch (block)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        blocks.Push(container[i]);
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    walk.VisitInlines(inline);
                    break;
            }
        }

        return walk;
    }

    private void Visit(MarkdownObject node)
    {
        if (node.TryGetAttributes() is not null)
        {
            WithAttributes.Add(node);
        }

        switch (node)
        {
            case HtmlBlock or HtmlInline:
                Html.Add(node);
                break;
            case LinkInline { IsAutoLink: false, Url: not null } link:
                Links.Add(link);
                break;
            case AutolinkInline autolink:
                Autolinks.Add(autolink);
                break;
            case Footnote footnote:
                Footnotes.Add(footnote);
                break;
            case FootnoteLink footnoteLink:
                FootnoteLinks.Add(footnoteLink);
                break;
            case HeadingBlock heading:
                Headings.Add(heading);
                break;
            case LiteralInline literal when literal.Content.Length >= 20 && Typography.GermanCompounds.HasVeryLongWord(literal.Content.AsSpan()):
                VeryLongWords.Add(literal);
                break;
        }
    }

    private void VisitInlines(ContainerInline root)
    {
        var pending = _pending;
        pending.Push(root);
        while (pending.Count > 0)
        {
            var inline = pending.Pop();
            if (inline != root)
            {
                Visit(inline);
            }

            if (inline is ContainerInline container)
            {
                for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                {
                    pending.Push(child);
                }
            }
        }
    }
}
