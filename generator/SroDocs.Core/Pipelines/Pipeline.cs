using System.Collections.Immutable;

namespace SroDocs.Core.Pipelines;

/// <summary>A named, frozen list of steps per phase, made by <see cref="PipelineBuilder.Build"/>.</summary>
public sealed class Pipeline
{
    private readonly ImmutableDictionary<Phase, ImmutableArray<IStep>> _steps;

    internal Pipeline(string name, IReadOnlyDictionary<Phase, ImmutableArray<IStep>> steps)
    {
        Name = name;
        _steps = steps.ToImmutableDictionary();
    }

    public string Name { get; }

    public ImmutableArray<IStep> StepsOf(Phase phase) => _steps.TryGetValue(phase, out var steps) ? steps : [];
}
