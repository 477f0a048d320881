using System.Collections.Immutable;
using SroDocs.Core.Documents;

namespace SroDocs.Core.Pipelines;

/// <summary>A named stage: documents in, documents out. Steps are named as verbs and declare what they read.</summary>
public interface IStep
{
    string Name => GetType().Name;

    /// <summary>The build values this step reads and publishes; the runner holds it to them.</summary>
    StepDependencies Dependencies { get; }

    ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken);
}
