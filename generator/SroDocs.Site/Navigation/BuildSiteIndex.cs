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

        // Two files for one address also share their default id: that is one mistake, reported once, as the address.
        var sharingAnAddress = ReportDuplicates(pages, p => p.Url, p => PageStart(p), FrontMatterDiagnostics.DuplicateUrl, context.Diagnostics);
        ReportDuplicates(pages.Where(p => !sharingAnAddress.Contains(p)), p => p.Id, p => p.FrontMatter?.IdLocation ?? PageStart(p), FrontMatterDiagnostics.DuplicatePageId, context.Diagnostics);

        context.Publish(SiteValues.Index, new SiteIndex(pages, files));
        return ValueTask.FromResult(input);
    }

    /// <param name="duplicate">Makes the diagnostic from the duplicate's location, the shared key and the first page's source.</param>
    /// <returns>Every page that shares its key with another.</returns>
    private static HashSet<PageEntry> ReportDuplicates(IEnumerable<PageEntry> pages, Func<PageEntry, string> key, Func<PageEntry, SourceLocation> location, Func<SourceLocation, string, string, Diagnostic> duplicate, DiagnosticBag diagnostics)
    {
        var sharing = new HashSet<PageEntry>(ReferenceEqualityComparer.Instance);
        foreach (var group in pages.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            sharing.UnionWith(group);
            foreach (var other in group.Skip(1))
            {
                diagnostics.Add(duplicate(location(other), group.Key, first.Source.Display));
            }
        }

        return sharing;
    }

    private static SourceLocation PageStart(PageEntry page) => new(page.Source.Display, 1, 1);
}
