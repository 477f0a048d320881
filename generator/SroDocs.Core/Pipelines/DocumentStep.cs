using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;

namespace SroDocs.Core.Pipelines;

/// <summary>
/// The one base class for per-document work. Documents are processed in parallel, order is kept,
/// and an unexpected exception becomes an SRO0001 diagnostic for that document while the others go on.
/// </summary>
public abstract class DocumentStep : IStep
{
    public virtual string Name => GetType().Name;

    /// <summary>Returns the changed document, or null to drop it.</summary>
    protected abstract Document? Process(Document document, BuildContext context);

    /// <summary>Whether this step applies to a document; others pass through unchanged.</summary>
    protected virtual bool Applies(Document document) => true;

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken)
    {
        var results = new Document?[input.Length];
        Parallel.For(0, input.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var document = input[i];
            if (!Applies(document))
            {
                results[i] = document;
                return;
            }

            try
            {
                results[i] = Process(document, context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                context.Diagnostics.Add(CoreDiagnostics.InternalError(Name, document.Source, exception));
                results[i] = null;
            }
        });

        return ValueTask.FromResult(results.Where(d => d is not null).Select(d => d!).ToImmutableArray());
    }
}
