using System.Collections.Immutable;
using System.Diagnostics;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;

namespace SroDocs.Core.Pipelines;

/// <summary>
/// Runs pipelines phase by phase with a barrier between phases. Within a phase, pipelines run in the order
/// given, so a pipeline may read what an earlier one published in the same phase. Consecutive
/// <see cref="DocumentStep"/>s run as one chain per document; at the end of the Render phase every document
/// goes through the sink, inside that chain, so rendered output is handed on as soon as it exists.
/// </summary>
public static class PipelineRunner
{
    public static async Task<RunReport> RunAsync(IReadOnlyList<Pipeline> pipelines, BuildContext context, RunOptions options, CancellationToken cancellationToken = default)
    {
        context.Outputs.Declare(pipelines.Select(p => p.Name));
        var phases = ImmutableArray.CreateBuilder<PhaseTiming>();
        var steps = ImmutableArray.CreateBuilder<StepTiming>();
        foreach (var phase in Enum.GetValues<Phase>())
        {
            var phaseWatch = Stopwatch.StartNew();
            foreach (var pipeline in pipelines)
            {
                var documents = phase == Phase.Read ? [] : context.Outputs.Latest(pipeline.Name);
                var sink = phase == Phase.Render ? options.RenderedSink : null;
                documents = await RunPhaseAsync(pipeline, phase, documents, context, sink, steps, cancellationToken);
                context.Outputs.Set(pipeline.Name, phase, documents, options.KeepPhaseOutputs);
            }

            phases.Add(new PhaseTiming(phase, phaseWatch.Elapsed));
        }

        return new RunReport(phases.ToImmutable(), steps.ToImmutable());
    }

    private static async Task<ImmutableArray<Document>> RunPhaseAsync(
        Pipeline pipeline, Phase phase, ImmutableArray<Document> documents, BuildContext context, IDocumentSink? sink,
        ImmutableArray<StepTiming>.Builder timings, CancellationToken cancellationToken)
    {
        var chain = new List<ChainLink>();
        foreach (var step in pipeline.StepsOf(phase))
        {
            var stepContext = new StepContext(context, step, pipeline.Name, phase);
            if (step is DocumentStep documentStep)
            {
                chain.Add(new ChainLink(documentStep, stepContext));
                continue;
            }

            documents = FlushChain(pipeline, phase, documents, chain, null, timings, cancellationToken);
            var watch = Stopwatch.StartNew();
            documents = await RunStepAsync(step, documents, stepContext, cancellationToken);
            timings.Add(new StepTiming(pipeline.Name, phase, step.Name, watch.Elapsed, Chained: false));
        }

        return FlushChain(pipeline, phase, documents, chain, sink, timings, cancellationToken);
    }

    private static ImmutableArray<Document> FlushChain(
        Pipeline pipeline, Phase phase, ImmutableArray<Document> documents, List<ChainLink> chain, IDocumentSink? sink,
        ImmutableArray<StepTiming>.Builder timings, CancellationToken cancellationToken)
    {
        if (chain.Count == 0 && sink is null)
        {
            return documents;
        }

        var result = RunChain(documents, chain, cancellationToken, sink);
        foreach (var link in chain)
        {
            timings.Add(new StepTiming(pipeline.Name, phase, link.Step.Name, TimeSpan.FromTicks(link.ElapsedTicks), Chained: true));
        }

        chain.Clear();
        return result;
    }

    /// <summary>Runs documents through chained steps (and the sink) in parallel, keeping their order.</summary>
    internal static ImmutableArray<Document> RunChain(ImmutableArray<Document> input, IReadOnlyList<ChainLink> chain, CancellationToken cancellationToken, IDocumentSink? sink = null)
    {
        var results = new Document?[input.Length];
        Parallel.For(0, input.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            Document? document = input[i];
            foreach (var link in chain)
            {
                var started = Stopwatch.GetTimestamp();
                document = link.Step.ProcessOne(document, link.Context);
                Interlocked.Add(ref link.ElapsedTicks, Stopwatch.GetElapsedTime(started).Ticks);
                if (document is null)
                {
                    return;
                }
            }

            results[i] = sink is null ? document : sink.Accept(document);
        });

        var builder = ImmutableArray.CreateBuilder<Document>(input.Length);
        foreach (var document in results)
        {
            if (document is not null)
            {
                builder.Add(document);
            }
        }

        return builder.ToImmutable();
    }

    private static async Task<ImmutableArray<Document>> RunStepAsync(IStep step, ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
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

/// <summary>How a run treats its documents.</summary>
public sealed record RunOptions
{
    /// <summary>Receives every document at the end of the Render phase.</summary>
    public IDocumentSink? RenderedSink { get; init; }

    /// <summary>Keep every phase's documents (tests read them); normally only the latest are kept.</summary>
    public bool KeepPhaseOutputs { get; init; }
}

public readonly record struct PhaseTiming(Phase Phase, TimeSpan Elapsed);

/// <param name="Chained">True for document steps run as a chain: the time is summed over all documents and threads.</param>
public readonly record struct StepTiming(string Pipeline, Phase Phase, string Step, TimeSpan Elapsed, bool Chained);

public sealed record RunReport(ImmutableArray<PhaseTiming> Phases, ImmutableArray<StepTiming> Steps);
