using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Pipelines;

namespace SroDocs.Site;

/// <summary>The outcome of one build: diagnostics, what was written, and (for tests and timings) the pipelines' documents and the run report.</summary>
/// <param name="FilesWritten">Files of the committed output; 0 when nothing was committed.</param>
public sealed record SiteBuildResult(ImmutableArray<Diagnostic> Diagnostics, int FilesWritten, int Pages, TimeSpan Elapsed, PipelineOutputs Outputs, RunReport? Report)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public bool Written => FilesWritten > 0;

    /// <summary>True when the files came from the cache of rendered Fassungen instead of a build.</summary>
    public bool FromCache { get; init; }

    public DiagnosticSummary Summary => DiagnosticSummary.Of(Diagnostics);

    /// <summary>The build's public pages for a sitemap (a Fassung's go into the current state's sitemap).</summary>
    public ImmutableArray<Output.SitemapEntry> SitemapEntries { get; init; } = [];

    /// <summary>A build stopped before its pipelines ran (bad folders, a busy output).</summary>
    public static SiteBuildResult NotRun(ImmutableArray<Diagnostic> diagnostics, TimeSpan elapsed) =>
        new(diagnostics, 0, 0, elapsed, new PipelineOutputs(), null);
}
