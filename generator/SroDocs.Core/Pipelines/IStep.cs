using System.Collections.Immutable;
using SroDocs.Core.Documents;

namespace SroDocs.Core.Pipelines;

/// <summary>A named stage: documents in, documents out. Steps are named as verbs.</summary>
public interface IStep
{
    string Name => GetType().Name;

    ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken);
}
