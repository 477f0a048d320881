using System.Collections.Immutable;
using System.Globalization;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.IO;
using SroDocs.Site.Content;
using SroDocs.Site.FrontMatter;
using SroDocs.Site.Markdown;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Synopse;

/// <summary>
/// Reads an edition's pages as plain text for a Synopse: front matter for title, id, status, Zyklus, version and
/// changes (status names from the edition's own taxonomy), the Markdown body as sections of text blocks — paragraphs,
/// list items, table rows, code. Problems are the real build's to report; this reader takes what it can.
/// </summary>
public static class EditionTextReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseSroDocs().Build();

    public static EditionText Read(IContentSource content)
    {
        var statusNames = StatusNames(content);
        var pages = SourceFiles.Visible(content).Where(ContentPaths.IsPage)
            .Select(path => Page(content, path, statusNames))
            .OfType<PageText>()
            .OrderBy(p => p.Url, StringComparer.Ordinal);
        return new EditionText([.. pages]);
    }

    private static PageText? Page(IContentSource content, string path, IReadOnlyDictionary<string, string> statusNames)
    {
        var bytes = content.ReadAllBytes(path);
        if (TextFiles.FindFault(bytes) is not null)
        {
            return null;
        }

        var text = TextFiles.Decode(bytes);
        var yaml = FrontMatterSplitter.Split(text);
        var ignored = new List<Diagnostic>();
        var map = yaml is null ? null : YamlDocumentReader.Read(new YamlSource(path, yaml, 1), YamlErrors.FrontMatter, ignored);
        var status = map?.String("status");
        return new PageText(
            map?.String("id") ?? ContentPaths.DefaultIdOf(path),
            map?.String("title") ?? path,
            ContentPaths.UrlOf(path),
            status is null ? null : statusNames.GetValueOrDefault(status, status),
            map?.Has("zyklus") == true ? map.Int("zyklus") : null,
            map?.String("version"),
            Sections(text),
            Changes(map));
    }

    private static ImmutableArray<ChangeText> Changes(YamlMap? map)
    {
        if (map is null || !map.Has("aenderungen"))
        {
            return [];
        }

        return [.. map.Maps("aenderungen")
            .Select(entry => (Date: entry.Date("datum"), Text: entry.String("text")))
            .Where(c => c.Date is not null && c.Text is not null)
            .Select(c => new ChangeText(c.Date!.Value, c.Text!))];
    }

    private static IReadOnlyDictionary<string, string> StatusNames(IContentSource content)
    {
        const string path = "_data/taxonomie.yml";
        if (!content.Contains(path) || TextFiles.FindFault(content.ReadAllBytes(path)) is not null)
        {
            return new Dictionary<string, string>();
        }

        var ignored = new List<Diagnostic>();
        var map = YamlDocumentReader.Read(new YamlSource(path, TextFiles.Decode(content.ReadAllBytes(path)), 0), YamlErrors.Data, ignored);
        return map is null || !map.Has("status")
            ? new Dictionary<string, string>()
            : map.Maps("status").Select(s => (Id: s.String("id"), Name: s.String("name"))).Where(s => s.Id is not null && s.Name is not null)
                .DistinctBy(s => s.Id).ToDictionary(s => s.Id!, s => s.Name!, StringComparer.Ordinal);
    }

    /// <summary>The body of a page (its front matter is skipped) as sections: a new one at every level-2 heading.</summary>
    public static ImmutableArray<SectionText> Sections(string markdown)
    {
        var sections = new List<SectionText>();
        var heading = (string?)null;
        var key = "";
        var blocks = new List<string>();
        foreach (var block in Leaves(Markdig.Markdown.Parse(markdown, Pipeline)))
        {
            if (block is HeadingBlock { Level: 2 } h2)
            {
                if (heading is not null || blocks.Count > 0)
                {
                    sections.Add(new SectionText(heading, key, [.. blocks]));
                }

                heading = InlineText.Of(h2.Inline);
                key = h2.TryGetAttributes()?.Id ?? HeadingSlug.Of(heading);
                blocks = [];
                continue;
            }

            if (BlockText(block) is { Length: > 0 } line)
            {
                blocks.Add(line);
            }
        }

        if (heading is not null || blocks.Count > 0)
        {
            sections.Add(new SectionText(heading, key, [.. blocks]));
        }

        return [.. sections];
    }

    /// <summary>The blocks that hold text, in reading order; a table is one block per row.</summary>
    private static IEnumerable<Block> Leaves(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case Markdig.Extensions.Yaml.YamlFrontMatterBlock:
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                    {
                        yield return row;
                    }

                    break;
                case ContainerBlock inner:
                    foreach (var leaf in Leaves(inner))
                    {
                        yield return leaf;
                    }

                    break;
                default:
                    yield return block;
                    break;
            }
        }
    }

    private static string BlockText(Block block)
    {
        var text = block switch
        {
            TableRow row => string.Join(" | ", row.OfType<TableCell>().Select(cell => string.Join(" ", Leaves(cell).Select(BlockText)))),
            HeadingBlock heading => InlineText.Of(heading.Inline),
            ParagraphBlock paragraph => (paragraph.Parent is ListItemBlock item && item.IndexOf(paragraph) == 0 ? Bullet(item) : "") + InlineText.Of(paragraph.Inline),
            CodeBlock code => code.Lines.ToString(),
            _ => "",
        };
        return string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
    }

    private static string Bullet(ListItemBlock item) => item.Parent is ListBlock { IsOrdered: true } list
        ? (int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1) + list.IndexOf(item) + ". "
        : "– ";
}
