using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Content;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.FrontMatter;

/// <summary>
/// Reads and validates each page's front matter and gives the page its id and URL. A page whose front
/// matter is broken keeps a stand-in title, so that links to it are still checked correctly.
/// </summary>
public sealed class ParseFrontMatter : DocumentStep
{
    protected override Document Process(Document document, BuildContext context)
    {
        var options = context.Require(SiteState.Options);
        var taxonomy = context.Require(SiteState.Taxonomy);
        var contentPath = document.Get(SiteKeys.ContentPath);
        var pathType = ContentPaths.IsHome(contentPath) ? PageType.Start : ContentPaths.IsSectionIndex(contentPath) ? PageType.Abschnitt : (PageType?)null;
        var sink = new List<Diagnostic>();
        var frontMatter = ReadFrontMatter(document, taxonomy, pathType, options.ReferenceDate, sink)
            ?? new PageFrontMatter { Title = Path.GetFileNameWithoutExtension(contentPath), Type = pathType ?? PageType.Seite };
        context.Diagnostics.AddRange(sink);

        var url = ContentPaths.UrlOf(contentPath);
        return document
            .With(SiteKeys.FrontMatter, frontMatter)
            .With(SiteKeys.PageId, frontMatter.Id ?? ContentPaths.DefaultIdOf(contentPath))
            .With(SiteKeys.Url, url)
            with { Destination = ContentPaths.DestinationOf(url) };
    }

    private static PageFrontMatter? ReadFrontMatter(Document document, Data.Taxonomy taxonomy, PageType? pathType, DateOnly referenceDate, List<Diagnostic> sink)
    {
        if (FrontMatterSplitter.Split(document.Text) is not { } block)
        {
            var start = new SourceLocation(document.Source, 1, 1);
            sink.Add(FrontMatterSplitter.IsUnclosed(document.Text)
                ? FrontMatterDiagnostics.FrontMatterUnclosed(start)
                : FrontMatterDiagnostics.FrontMatterMissing(start));
            return null;
        }

        var map = YamlDocumentReader.Read(new YamlSource(document.Source, block.Yaml, block.LineOffset), YamlErrors.FrontMatter, sink);
        return map is null ? null : FrontMatterReader.Read(map, taxonomy, pathType, referenceDate);
    }
}
