using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Pipelines;

namespace SroDocs.Site.Navigation;

/// <summary>
/// Builds the <see cref="SiteIndex"/> from the content pages, the generated pages and the copied files,
/// reports duplicate ids and URLs, and publishes the index for rendering and checks.
/// </summary>
public sealed class BuildSiteIndex : IStep
{
    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken)
    {
        var generated = context.Outputs.Latest(PipelineNames.Pages, Phase.Index);
        var assets = context.Outputs.Latest(PipelineNames.Assets, Phase.Index);
        var pages = input.Concat(generated).Where(d => d.Metadata.Contains(SiteKeys.Url)).ToList();

        ReportDuplicates(pages, d => d.Get(SiteKeys.PageId), FrontMatterDiagnostics.DuplicatePageId, context);
        ReportDuplicates(pages, d => d.Get(SiteKeys.Url), FrontMatterDiagnostics.DuplicateUrl, context);

        var index = new SiteIndex(pages.Select(ToEntry), assets.Select(a => a.Destination));
        context.Publish(SiteState.Index, index);
        return ValueTask.FromResult(input);
    }

    private static PageEntry ToEntry(Document document)
    {
        var frontMatter = document.Metadata.GetOrDefault(SiteKeys.FrontMatter);
        var headings = document.Metadata.GetOrDefault(SiteKeys.Headings, []);
        return new PageEntry(
            document.Get(SiteKeys.PageId),
            document.Get(SiteKeys.Url),
            frontMatter?.Title ?? document.Get(SiteKeys.PageId),
            document.Metadata.GetOrDefault(SiteKeys.Layout) ?? frontMatter?.Layout ?? frontMatter?.Type.ToString().ToLowerInvariant() ?? "seite",
            frontMatter?.Weight ?? 0,
            document.Source,
            document.Metadata.GetOrDefault(SiteKeys.ContentPath),
            frontMatter,
            headings);
    }

    /// <param name="duplicate">Makes the diagnostic from the duplicate's location, the shared key and the first page's source.</param>
    private static void ReportDuplicates(List<Document> pages, Func<Document, string> key, Func<SourceLocation, string, string, Diagnostic> duplicate, BuildContext context)
    {
        foreach (var group in pages.GroupBy(key).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                context.Diagnostics.Add(duplicate(new SourceLocation(other.Source, 1, 1), group.Key, first.Source));
            }
        }
    }
}
