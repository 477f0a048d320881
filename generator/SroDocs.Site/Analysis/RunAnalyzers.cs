using System.Collections.Frozen;
using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Output;

namespace SroDocs.Site.Analysis;

/// <summary>Runs every registered analyzer over what the build rendered.</summary>
public sealed class RunAnalyzers : IStep
{
    public StepDependencies Dependencies { get; } =
        StepDependencies.Reading(SiteValues.Extensions, SiteValues.Index, SiteValues.Templates, CheckOutputPaths.Plan).AndAllDocuments();

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
    {
        if (!context.TryRead(CheckOutputPaths.Plan, out var plan) || !context.TryRead(SiteValues.Index, out var index))
        {
            return ValueTask.FromResult(input);
        }

        var rendered = context.AllDocuments()
            .Where(d => d.Destination is OutputFile && d.Metadata.Contains(SiteKeys.Facts))
            .GroupBy(d => ((OutputFile)d.Destination).Path, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Get(SiteKeys.Facts), StringComparer.Ordinal);
        var analysis = new AnalysisContext(index, context.Read(SiteValues.Templates), plan, rendered);
        foreach (var analyzer in context.Read(SiteValues.Extensions).Analyzers)
        {
            try
            {
                context.Diagnostics.AddRange(analyzer.Analyze(analysis));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                context.Diagnostics.Add(CoreDiagnostics.InternalError(analyzer.GetType().Name, null, exception));
            }
        }

        return ValueTask.FromResult(input);
    }
}
