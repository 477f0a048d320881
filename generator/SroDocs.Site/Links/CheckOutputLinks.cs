using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Content;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Pipelines;

namespace SroDocs.Site.Links;

/// <summary>
/// Checks the rendered HTML against the files really produced (after Statiq's ValidateRelativeLinks):
/// every link, stylesheet, script and image must exist, anchors included; nothing may be loaded from
/// another server; no <c>javascript:</c> links; no id twice on a page. Links that the Markdown check
/// already reported are not reported again, and the same broken link in many pages is reported once.
/// </summary>
public sealed class CheckOutputLinks(IReadOnlyList<string> pipelines) : IStep
{
    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken)
    {
        var earlier = context.Diagnostics.ToSortedArray();
        if (earlier.Any(d => d.Code.StartsWith("SRO3", StringComparison.Ordinal) && d.Severity == Severity.Error))
        {
            // Pages that a broken template could not render would only produce follow-up noise here.
            return ValueTask.FromResult(input);
        }

        if (!context.TryGet(SiteState.RenderedHtml, out var rendered))
        {
            return ValueTask.FromResult(input);
        }

        var files = pipelines.SelectMany(p => context.Outputs.Latest(p, Phase.Render)).Concat(input)
            .Select(d => d.Destination).Where(d => d.Length > 0).ToImmutableHashSet(StringComparer.Ordinal);
        var markdownReported = earlier.Where(d => d.Code.StartsWith("SRO4", StringComparison.Ordinal) && d.Location is not null)
            .Select(d => d.Location!.Value.Path).ToHashSet(StringComparer.Ordinal);
        if (earlier.Any(d => d.Code == DiagnosticCodes.DataLinkBroken))
        {
            // Broken links of data texts were reported at their YAML entries; their generated pages would repeat them.
            markdownReported.UnionWith(rendered.Pages.Values.Select(p => p.Source).Where(s => s.StartsWith(GeneratedPage.SourcePrefix, StringComparison.Ordinal)));
        }

        var problems = new SortedDictionary<string, (Diagnostic Problem, List<string> Pages)>(StringComparer.Ordinal);
        foreach (var (destination, page) in rendered.Pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var id in page.DuplicateIds)
            {
                context.Diagnostics.Add(LinkDiagnostics.DuplicateHtmlId(SourceLocation.FileOnly(page.Source), id, destination));
            }

            foreach (var reference in page.References)
            {
                if (Problem(destination, reference, files, rendered) is { } problem && (problem.AlwaysReport || !markdownReported.Contains(page.Source)))
                {
                    var key = problem.Diagnostic.Message;
                    if (!problems.TryGetValue(key, out var found))
                    {
                        problems[key] = found = (problem.Diagnostic, []);
                    }

                    found.Pages.Add(page.Source);
                }
            }
        }

        foreach (var (problem, pages) in problems.Values)
        {
            context.Diagnostics.Add(LinkDiagnostics.InRenderedPages(problem, pages.Distinct().ToList()));
        }

        return ValueTask.FromResult(input);
    }

    private static (Diagnostic Diagnostic, bool AlwaysReport)? Problem(string fromDestination, HtmlReference reference, ImmutableHashSet<string> files, HtmlIndex rendered)
    {
        var url = reference.Url;
        if (url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return (LinkDiagnostics.JavaScriptLink(url), true);
        }

        if (LinkResolver.IsExternal(url))
        {
            return reference.LoadsResource && !url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                ? (LinkDiagnostics.ForeignResource(reference.Tag, url), true)
                : null;
        }

        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        var anchor = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        var query = path.IndexOf('?');
        path = query >= 0 ? path[..query] : path;
        var target = path.Length == 0 ? fromDestination : TargetFile(fromDestination, path);
        var absolute = "/" + (target ?? path.TrimStart('/'));
        if (target is null || !files.Contains(target))
        {
            return (LinkDiagnostics.OutputFileMissing(absolute), false);
        }

        return anchor is { Length: > 0 } && rendered.Pages.ContainsKey(target) && !rendered.HasAnchor(target, anchor)
            ? (LinkDiagnostics.OutputAnchorMissing(absolute, anchor), false)
            : null;
    }

    /// <summary>The output file a relative or root-relative URL in <paramref name="fromDestination"/> points to.</summary>
    private static string? TargetFile(string fromDestination, string path)
    {
        var combined = ContentPaths.Combine(path.StartsWith('/') ? "index.html" : fromDestination, path.TrimStart('/'));
        if (combined is null)
        {
            return null;
        }

        return path.EndsWith('/') || combined.Length == 0 ? (combined.Length == 0 ? "index.html" : combined + "/index.html") : combined;
    }
}
