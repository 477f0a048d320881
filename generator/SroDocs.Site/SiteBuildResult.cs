using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Pipelines;

namespace SroDocs.Site;

/// <summary>The outcome of one build: diagnostics, what was written, and the outputs per pipeline and phase for tests.</summary>
public sealed record SiteBuildResult(ImmutableArray<Diagnostic> Diagnostics, int FilesWritten, int Pages, TimeSpan Elapsed, PipelineOutputs Outputs, PipelineRunReport? Report)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public bool Written => FilesWritten > 0;

    public DiagnosticSummary Summary => DiagnosticSummary.Of(Diagnostics);
}
