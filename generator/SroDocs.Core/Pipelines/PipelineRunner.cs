using System.Collections.Immutable;
using System.Diagnostics;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;

namespace SroDocs.Core.Pipelines;

/// <summary>
/// Runs pipelines phase by phase with a barrier between phases. Within a phase, pipelines run in the order
/// given, so a pipeline may read what an earlier one published in the same phase. Consecutive
/// <see cref="DocumentStep"/>s run as one chain per document; at the end of the Render phase every document
/// goes through the sink, inside that chain, so rendered output is handed on as soon as it exists. With a
/// <see cref="ChainMemo"/>, a chain takes over its previous result for a document when nothing it depends on changed:
/// the document's own inputs, and the fingerprint of every value that a step of its pipeline reads up to that phase
/// (from the steps' declared dependencies); where a step of the pipeline sees all its documents at once, theirs too.
/// </summary>
public static class PipelineRunner
{
    public static async Task<RunReport> RunAsync(IReadOnlyList<Pipeline> pipelines, BuildContext context, RunOptions options, CancellationToken cancellationToken = default)
    {
        context.Outputs.Declare(pipelines.Select(p => p.Name));
        options.Memo?.BeginRun();
        var phases = ImmutableArray.CreateBuilder<PhaseTiming>();
        var steps = ImmutableArray.CreateBuilder<StepTiming>();
        foreach (var phase in Enum.GetValues<Phase>())
        {
            var phaseWatch = Stopwatch.StartNew();
            foreach (var pipeline in pipelines)
            {
                var documents = phase == Phase.Read ? [] : context.Outputs.Latest(pipeline.Name);
                var sink = phase == Phase.Render ? options.RenderedSink : null;
                documents = await RunPhaseAsync(pipeline, phase, documents, context, sink, options.Memo, steps, cancellationToken);
                context.Outputs.Set(pipeline.Name, phase, documents, options.KeepPhaseOutputs);
            }

            phases.Add(new PhaseTiming(phase, phaseWatch.Elapsed));
        }

        options.Memo?.EndRun();
        return new RunReport(phases.ToImmutable(), steps.ToImmutable());
    }

    private static async Task<ImmutableArray<Document>> RunPhaseAsync(
        Pipeline pipeline, Phase phase, ImmutableArray<Document> documents, BuildContext context, IDocumentSink? sink,
        ChainMemo? memo, ImmutableArray<StepTiming>.Builder timings, CancellationToken cancellationToken)
    {
        var chain = new List<ChainLink>();
        foreach (var step in pipeline.StepsOf(phase))
        {
            if (step is DocumentStep documentStep)
            {
                chain.Add(new ChainLink(documentStep, new StepContext(context, step, pipeline.Name, phase)));
                continue;
            }

            documents = FlushChain(pipeline, phase, documents, chain, null, memo, context, timings, cancellationToken);
            var given = documents;
            var reader = step.Dependencies.ReadsAllDocuments;
            // Fingerprints are compared by a memo only: without one, nothing hashes the documents a step was given.
            var stepContext = new StepContext(context, step, pipeline.Name, phase)
            {
                InputDocuments = memo is null ? null : () => FingerprintOf(reader ? [.. given, .. context.Outputs.AllLatest()] : given),
            };
            var watch = Stopwatch.StartNew();
            documents = await RunStepAsync(step, documents, stepContext, cancellationToken);
            timings.Add(new StepTiming(pipeline.Name, phase, step.Name, watch.Elapsed, Chained: false));
        }

        return FlushChain(pipeline, phase, documents, chain, sink, memo, context, timings, cancellationToken);
    }

    private static ImmutableArray<Document> FlushChain(
        Pipeline pipeline, Phase phase, ImmutableArray<Document> documents, List<ChainLink> chain, IDocumentSink? sink,
        ChainMemo? memo, BuildContext context, ImmutableArray<StepTiming>.Builder timings, CancellationToken cancellationToken)
    {
        if (chain.Count == 0 && sink is null)
        {
            return documents;
        }

        var remembered = memo is not null && chain.Count > 0
            ? new MemoUse(memo, pipeline.Name, phase, ChainKey(pipeline, phase, chain, documents, context), context.Diagnostics)
            : null;
        var result = RunChain(documents, chain, cancellationToken, sink, remembered);
        foreach (var link in chain)
        {
            timings.Add(new StepTiming(pipeline.Name, phase, link.Step.Name, TimeSpan.FromTicks(link.ElapsedTicks), Chained: true));
        }

        chain.Clear();
        return result;
    }

    /// <summary>
    /// What a chain's result for a document depends on besides the document: the values every step of the pipeline
    /// reads up to this phase, by fingerprint, and, where a non-document step after reading saw all the pipeline's
    /// documents (and so could change one by the others), those documents. Null when a value has no fingerprint or a
    /// chained step reads every pipeline's documents: then the chain runs for every document.
    /// </summary>
    private static string? ChainKey(Pipeline pipeline, Phase phase, List<ChainLink> chain, ImmutableArray<Document> documents, BuildContext context)
    {
        if (chain.Any(link => link.Step.Dependencies.ReadsAllDocuments))
        {
            return null;
        }

        var parts = new List<string> { pipeline.Name, phase.ToString() };
        parts.AddRange(chain.Select(link => link.Step.Name));
        foreach (var earlier in Enum.GetValues<Phase>().Where(p => p <= phase))
        {
            foreach (var step in pipeline.StepsOf(earlier))
            {
                if (step is not DocumentStep && earlier > Phase.Read)
                {
                    parts.Add(FingerprintOf(step.Dependencies.ReadsAllDocuments ? context.Outputs.AllLatest() : documents));
                }

                if (context.Values.FingerprintOf(step.Dependencies.Reads) is not { } reads)
                {
                    return null;
                }

                parts.Add(reads);
            }
        }

        return ContentHash.Of(parts);
    }

    /// <summary>Documents by what their metadata was made from: what a step that reads their metadata depends on.</summary>
    private static string FingerprintOf(ImmutableArray<Document> documents) =>
        ContentHash.Of(documents.SelectMany(d => new[] { d.Source.Display, d.MetadataHash }));

    /// <summary>Runs documents through chained steps (and the sink) in parallel, keeping their order.</summary>
    internal static ImmutableArray<Document> RunChain(ImmutableArray<Document> input, IReadOnlyList<ChainLink> chain, CancellationToken cancellationToken, IDocumentSink? sink = null, MemoUse? memo = null)
    {
        var results = new Document?[input.Length];
        Parallel.For(0, input.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var document = memo is null ? Process(input[i], chain, null) : memo.Process(input[i], chain);
            if (document is not null)
            {
                results[i] = sink is null ? document : sink.Accept(document);
            }
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

    /// <summary>One document through the chain; diagnostics go to <paramref name="diagnostics"/> when given (to be remembered).</summary>
    private static Document? Process(Document input, IReadOnlyList<ChainLink> chain, DiagnosticBag? diagnostics)
    {
        Document? document = input;
        foreach (var link in chain)
        {
            var started = Stopwatch.GetTimestamp();
            document = link.Step.ProcessOne(document, diagnostics is null ? link.Context : link.Context.WithDiagnostics(diagnostics));
            Interlocked.Add(ref link.ElapsedTicks, Stopwatch.GetElapsedTime(started).Ticks);
            if (document is null)
            {
                return null;
            }
        }

        return document;
    }

    /// <summary>
    /// A chain run with a memo: each document's result is taken over when its key is the remembered one, else made and
    /// remembered; without a <paramref name="ChainKey"/> (something it depends on has no fingerprint) every document runs.
    /// </summary>
    internal sealed record MemoUse(ChainMemo Memo, string Pipeline, Phase Phase, string? ChainKey, DiagnosticBag Diagnostics)
    {
        public Document? Process(Document document, IReadOnlyList<ChainLink> chain)
        {
            if (ChainKey is null)
            {
                Memo.Ran(Pipeline, Phase, document);
                return PipelineRunner.Process(document, chain, null);
            }

            var key = ContentHash.Of([ChainKey, document.Source.Display, document.InputHash, document.MetadataHash]);
            if (Memo.TryTake(Pipeline, Phase, document, key, out var kept))
            {
                Diagnostics.AddRange(kept.Diagnostics);
                return kept.Output;
            }

            var reported = new DiagnosticBag();
            var output = PipelineRunner.Process(document, chain, reported);
            var diagnostics = reported.ToArray();
            Diagnostics.AddRange(diagnostics);
            // The output gives a lent buffer back once it has written it: the memo keeps bytes of its own.
            var remembered = output?.Content is LentBytes lent ? output with { Content = lent.ToOwned() } : output;
            Memo.Keep(Pipeline, Phase, document, new ChainMemo.Entry(key, remembered, diagnostics));
            return output;
        }
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

    /// <summary>The previous run's chain results, to take over what did not change (a preview's rebuilds); null runs everything.</summary>
    public ChainMemo? Memo { get; init; }
}

public readonly record struct PhaseTiming(Phase Phase, TimeSpan Elapsed);

/// <param name="Chained">True for document steps run as a chain: the time is summed over all documents and threads.</param>
public readonly record struct StepTiming(string Pipeline, Phase Phase, string Step, TimeSpan Elapsed, bool Chained);

public sealed record RunReport(ImmutableArray<PhaseTiming> Phases, ImmutableArray<StepTiming> Steps);
