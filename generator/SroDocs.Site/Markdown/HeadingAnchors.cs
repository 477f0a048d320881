using System.Collections.Immutable;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SroDocs.Site.Markdown;

/// <summary>
/// Keeps a page to one <c>h1</c> (a leading <c># Title</c> equal to the title is dropped, because the layout prints
/// the title; other level-1 headings become level 2) and gives every heading a German anchor. Anchors the author
/// chose come first, then the theme's own ids; generated anchors avoid both.
/// </summary>
public static class HeadingAnchors
{
    public static ImmutableArray<Heading> Apply(MarkdownDocument syntax, string title, IReadOnlySet<string> reservedIds)
    {
        var firstContent = syntax.FirstOrDefault(b => b is not Markdig.Extensions.Yaml.YamlFrontMatterBlock);
        if (firstContent is HeadingBlock { Level: 1 } first && InlineText.Of(first.Inline) == title)
        {
            syntax.Remove(first);
        }

        var all = new List<HeadingBlock>();
        CollectHeadings(syntax, all);
        var anchors = new UniqueAnchors(all.Select(h => h.TryGetAttributes()?.Id).OfType<string>().Where(id => id.Length > 0), reservedIds);
        var headings = ImmutableArray.CreateBuilder<Heading>(all.Count);
        foreach (var heading in all)
        {
            if (heading.Level == 1)
            {
                heading.Level = 2;
            }

            var text = InlineText.Of(heading.Inline);
            var attributes = heading.GetAttributes();
            var anchor = attributes.Id is { Length: > 0 } custom ? custom : anchors.For(HeadingSlug.Of(text));
            attributes.Id = anchor;
            headings.Add(new Heading(heading.Level, text, anchor));
        }

        return headings.MoveToImmutable();
    }

    /// <summary>The headings below <paramref name="container"/> in document order, walking blocks only (headings hold no blocks, text holds no headings).</summary>
    private static void CollectHeadings(ContainerBlock container, List<HeadingBlock> found)
    {
        foreach (var block in container)
        {
            if (block is HeadingBlock heading)
            {
                found.Add(heading);
            }
            else if (block is ContainerBlock inner)
            {
                CollectHeadings(inner, found);
            }
        }
    }
}
