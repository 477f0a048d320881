using SroDocs.Core.Diagnostics;

namespace SroDocs.Core.Pipelines;

/// <summary>
/// Everything one build shares: diagnostics, the documents of each pipeline, and the published values.
/// A new context for every build; nothing is shared between builds.
/// </summary>
public sealed class BuildContext(BuildValues inputs)
{
    public DiagnosticBag Diagnostics { get; } = new();

    public PipelineOutputs Outputs { get; } = new();

    public BuildValues Values { get; } = inputs;
}
