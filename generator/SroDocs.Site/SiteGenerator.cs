using System.Diagnostics;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Output;
using SroDocs.Site.Pipelines;

namespace SroDocs.Site;

/// <summary>
/// Builds (or only checks) a site: a function of <see cref="SiteOptions"/> with no global state.
/// Never throws for bad content; everything wrong is in the result's diagnostics.
/// </summary>
public static class SiteGenerator
{
    public static async Task<SiteBuildResult> RunAsync(SiteOptions options, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var context = new BuildContext();
        if (!Directory.Exists(options.ContentRoot))
        {
            context.Diagnostics.Add(DataDiagnostics.ContentFolderMissing(options.DisplayPath(Path.GetFullPath(options.ContentRoot))));
            return new SiteBuildResult(context.Diagnostics.ToSortedArray(), 0, 0, stopwatch.Elapsed, context.Outputs, null);
        }

        options = options with
        {
            ContentRoot = Path.GetFullPath(options.ContentRoot),
            ThemeRoot = Path.GetFullPath(options.ThemeRoot),
            OutputRoot = options.OutputRoot is null ? null : Path.GetFullPath(options.OutputRoot),
        };
        if (OutputFolder.Problem(options) is { } unsafeOutput)
        {
            return new SiteBuildResult([unsafeOutput], 0, 0, stopwatch.Elapsed, context.Outputs, null);
        }

        context.Publish(SiteState.Options, options);
        var report = await PipelineRunner.RunAsync(SitePipelines.Create(), context, cancellationToken);
        var written = context.TryGet(WriteOutput.FilesWritten, out var count) ? count : 0;
        var pages = context.TryGet(SiteState.Index, out var index) ? index.Pages.Length : 0;
        var diagnostics = context.Diagnostics.ToSortedArray();
        if (options.WarningsAsErrors)
        {
            diagnostics = [.. diagnostics.Select(d => d.Promoted())];
        }

        return new SiteBuildResult(diagnostics, written, pages, stopwatch.Elapsed, context.Outputs, report);
    }
}
