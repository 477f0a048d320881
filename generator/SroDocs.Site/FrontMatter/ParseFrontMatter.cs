using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Content;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Navigation;
using SroDocs.Site.Pages;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.FrontMatter;

/// <summary>
/// Reads and validates each page's front matter and makes its <see cref="PageEntry"/>: id, URL, kind, destination.
/// A page whose front matter is broken keeps a stand-in title, so that links to it are still checked correctly.
/// </summary>
public sealed class ParseFrontMatter : DocumentStep
{
    public override StepDependencies Dependencies { get; } = StepDependencies.Reading(SiteValues.Inputs, SiteValues.Taxonomy);

    protected override bool Applies(Document document) => document.Metadata.Contains(SiteKeys.ContentPath);

    protected override Document Process(Document document, StepContext context)
    {
        var inputs = context.Read(SiteValues.Inputs);
        var contentPath = document.Get(SiteKeys.ContentPath);
        var pathType = ContentPaths.IsHome(contentPath) ? PageType.Start : ContentPaths.IsSectionIndex(contentPath) ? PageType.Abschnitt : (PageType?)null;
        var sink = new List<Diagnostic>();
        // The YAML taken when the page was read; only a page without complete front matter is read again (for the message).
        var text = document.Metadata.TryGet(SiteKeys.FrontMatterText, out var taken) ? "" : PageText.Of(document, context.Diagnostics) ?? "";
        var yaml = taken ?? FrontMatterSplitter.Split(text);
        var frontMatter = ReadFrontMatter(yaml, text, document.Source.Display, context.Read(SiteValues.Taxonomy), pathType, inputs.ReferenceDate, sink)
            ?? new PageFrontMatter { Title = Path.GetFileNameWithoutExtension(contentPath), Type = pathType ?? PageType.Seite };
        context.Diagnostics.AddRange(sink);

        var url = ContentPaths.UrlOf(contentPath);
        var page = new PageEntry(
            frontMatter.Id ?? ContentPaths.DefaultIdOf(contentPath),
            url,
            frontMatter.Title,
            frontMatter.Description,
            ContentKinds.For(frontMatter.Type),
            frontMatter.Weight,
            document.Source,
            contentPath,
            frontMatter,
            frontMatter.Type == PageType.Abschnitt || frontMatter.InMainNavigation);
        // Only the front matter (and the path) made this metadata: an edit of the body leaves it as it was.
        return document
            .Without(SiteKeys.FrontMatterText)
            .With(SiteKeys.FrontMatter, frontMatter)
            .With(SiteKeys.Page, page) with
            {
                Destination = Destination.File(page.Destination),
                MetadataHash = ContentHash.Of([contentPath, yaml ?? text]),
            };
    }

    /// <param name="yaml">The front matter's YAML, or null when <paramref name="text"/> (the page) has no complete block.</param>
    private static PageFrontMatter? ReadFrontMatter(string? yaml, string text, string display, Data.Taxonomy taxonomy, PageType? pathType, DateOnly referenceDate, List<Diagnostic> sink)
    {
        if (yaml is null)
        {
            var start = new SourceLocation(display, 1, 1);
            sink.Add(string.IsNullOrWhiteSpace(text) ? FrontMatterDiagnostics.PageEmpty(start)
                : FrontMatterSplitter.IsUnclosed(text) ? FrontMatterDiagnostics.FrontMatterUnclosed(start)
                : FrontMatterDiagnostics.FrontMatterMissing(start));
            return null;
        }

        // The YAML starts on the line after the opening '---'.
        var map = YamlDocumentReader.Read(new YamlSource(display, yaml, 1), YamlErrors.FrontMatter, sink);
        return map is null ? null : FrontMatterReader.Read(map, taxonomy, pathType, referenceDate);
    }
}
