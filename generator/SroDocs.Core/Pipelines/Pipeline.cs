using System.Collections.Immutable;

namespace SroDocs.Core.Pipelines;

/// <summary>A named list of steps per phase. Declared once with initialisers, then read-only.</summary>
public sealed class Pipeline(string name)
{
    private ImmutableDictionary<Phase, ImmutableArray<IStep>> _steps = ImmutableDictionary<Phase, ImmutableArray<IStep>>.Empty;

    public string Name { get; } = name;

    public ImmutableArray<IStep> Read { get => StepsOf(Phase.Read); init => Set(Phase.Read, value); }

    public ImmutableArray<IStep> Parse { get => StepsOf(Phase.Parse); init => Set(Phase.Parse, value); }

    public ImmutableArray<IStep> Index { get => StepsOf(Phase.Index); init => Set(Phase.Index, value); }

    public ImmutableArray<IStep> Render { get => StepsOf(Phase.Render); init => Set(Phase.Render, value); }

    public ImmutableArray<IStep> Check { get => StepsOf(Phase.Check); init => Set(Phase.Check, value); }

    public ImmutableArray<IStep> Write { get => StepsOf(Phase.Write); init => Set(Phase.Write, value); }

    public ImmutableArray<IStep> StepsOf(Phase phase) => _steps.TryGetValue(phase, out var steps) ? steps : [];

    /// <summary>A copy with one more step at the end of a phase: the extension point for additions.</summary>
    public Pipeline Append(Phase phase, IStep step) => new(Name) { _steps = _steps.SetItem(phase, StepsOf(phase).Add(step)) };

    private void Set(Phase phase, ImmutableArray<IStep> steps) => _steps = _steps.SetItem(phase, steps);
}
