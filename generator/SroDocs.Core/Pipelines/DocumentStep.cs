using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;

namespace SroDocs.Core.Pipelines;

/// <summary>
/// The one base class for per-document work. Documents are processed in parallel and keep their order; an
/// unexpected exception becomes an SRO0001 diagnostic for that document while the others go on. Consecutive
/// document steps of a phase run as one chain per document, so a document is done before the next is taken
/// up and intermediate results are never all held at once.
/// </summary>
public abstract class DocumentStep : IStep
{
    public virtual string Name => GetType().Name;

    public abstract StepDependencies Dependencies { get; }

    /// <summary>Returns the changed document, or null to drop it.</summary>
    protected abstract Document? Process(Document document, StepContext context);

    /// <summary>Whether this step applies to a document; others pass through unchanged.</summary>
    protected virtual bool Applies(Document document) => true;

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(PipelineRunner.RunChain(input, [new ChainLink(this, context)], cancellationToken));

    /// <summary>Processes one document, turning an exception into SRO0001 and a dropped document.</summary>
    internal Document? ProcessOne(Document document, StepContext context)
    {
        if (!Applies(document))
        {
            return document;
        }

        try
        {
            return Process(document, context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.Diagnostics.Add(CoreDiagnostics.InternalError(Name, document.Source.Display, exception));
            return null;
        }
    }
}

/// <summary>A document step with the context of its run, as the runner chains them.</summary>
internal sealed record ChainLink(DocumentStep Step, StepContext Context)
{
    public long ElapsedTicks;
}
