using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Navigation;

/// <summary>
/// Builds the <see cref="SiteIndex"/> from every pipeline's documents: each document with a <see cref="SiteKeys.Page"/>
/// is a page, each other document with a destination a copied file. Reports duplicate page ids and addresses.
/// </summary>
public sealed class BuildSiteIndex : IStep
{
    public StepDependencies Dependencies { get; } = new StepDependencies([], [SiteValues.Index]).AndAllDocuments();

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
    {
        var all = context.AllDocuments();
        var pages = all.Where(d => d.Metadata.Contains(SiteKeys.Page)).Select(d => d.Get(SiteKeys.Page)).ToList();
        var files = all.Where(d => !d.Metadata.Contains(SiteKeys.Page) && d.Destination is OutputFile).Select(d => ((OutputFile)d.Destination).Path);

        ReportDuplicates(pages, p => p.Id, FrontMatterDiagnostics.DuplicatePageId, context.Diagnostics);
        ReportDuplicates(pages, p => p.Url, FrontMatterDiagnostics.DuplicateUrl, context.Diagnostics);

        context.Publish(SiteValues.Index, new SiteIndex(pages, files));
        return ValueTask.FromResult(input);
    }

    /// <param name="duplicate">Makes the diagnostic from the duplicate's location, the shared key and the first page's source.</param>
    private static void ReportDuplicates(List<PageEntry> pages, Func<PageEntry, string> key, Func<SourceLocation, string, string, Diagnostic> duplicate, DiagnosticBag diagnostics)
    {
        foreach (var group in pages.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                diagnostics.Add(duplicate(new SourceLocation(other.Source.Display, 1, 1), group.Key, first.Source.Display));
            }
        }
    }
}
