using System.Collections.Immutable;
using System.Diagnostics;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;

namespace SroDocs.Core.Pipelines;

/// <summary>
/// Runs pipelines phase by phase with a barrier between phases. Within a phase, pipelines run in the
/// order given, so a pipeline may read the same phase's output of a pipeline declared before it.
/// </summary>
public static class PipelineRunner
{
    public static async Task<PipelineRunReport> RunAsync(IReadOnlyList<Pipeline> pipelines, BuildContext context, CancellationToken cancellationToken = default)
    {
        var timings = ImmutableArray.CreateBuilder<PhaseTiming>();
        var stepTimings = ImmutableArray.CreateBuilder<StepTiming>();
        foreach (var phase in Enum.GetValues<Phase>())
        {
            context.CurrentPhase = phase;
            var stopwatch = Stopwatch.StartNew();
            foreach (var pipeline in pipelines)
            {
                var documents = phase == Phase.Read ? [] : context.Outputs.Latest(pipeline.Name, phase - 1);
                foreach (var step in pipeline.StepsOf(phase))
                {
                    var stepWatch = Stopwatch.StartNew();
                    documents = await RunStepAsync(step, documents, context, cancellationToken);
                    stepTimings.Add(new StepTiming(pipeline.Name, phase, step.Name, stepWatch.Elapsed));
                }

                context.Outputs.Set(pipeline.Name, phase, documents);
            }

            timings.Add(new PhaseTiming(phase, stopwatch.Elapsed));
        }

        return new PipelineRunReport(timings.ToImmutable(), stepTimings.ToImmutable());
    }

    private static async Task<ImmutableArray<Document>> RunStepAsync(IStep step, ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await step.RunAsync(input, context, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.Diagnostics.Add(CoreDiagnostics.InternalError(step.Name, null, exception));
            return input;
        }
    }
}

public readonly record struct PhaseTiming(Phase Phase, TimeSpan Elapsed);

public readonly record struct StepTiming(string Pipeline, Phase Phase, string Step, TimeSpan Elapsed);

public sealed record PipelineRunReport(ImmutableArray<PhaseTiming> Timings, ImmutableArray<StepTiming> Steps);
