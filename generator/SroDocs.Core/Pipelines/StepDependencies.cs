using System.Collections.Immutable;
using SroDocs.Core.Documents;

namespace SroDocs.Core.Pipelines;

/// <summary>
/// What a step reads and publishes. Together, the declarations of all steps are the build's dependency graph:
/// it is checked when a site is assembled, and it tells a preview server what an edit invalidates.
/// </summary>
public sealed record StepDependencies(ImmutableArray<IDataKey> Reads, ImmutableArray<IDataKey> Publishes)
{
    public static readonly StepDependencies None = new([], []);

    /// <summary>True when the step reads the documents of every pipeline, not only its own.</summary>
    public bool ReadsAllDocuments { get; init; }

    public static StepDependencies Reading(params IDataKey[] reads) => new([.. reads], []);

    public StepDependencies AndPublishing(params IDataKey[] publishes) => this with { Publishes = Publishes.AddRange(publishes) };

    public StepDependencies AndAllDocuments() => this with { ReadsAllDocuments = true };
}
