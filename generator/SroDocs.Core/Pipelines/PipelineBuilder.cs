namespace SroDocs.Core.Pipelines;

/// <summary>A pipeline being assembled: one <see cref="StepList"/> per phase. <see cref="Build"/> freezes it.</summary>
public sealed class PipelineBuilder(string name)
{
    public string Name { get; } = name;

    public StepList Read { get; } = new();

    public StepList Parse { get; } = new();

    public StepList Index { get; } = new();

    public StepList Render { get; } = new();

    public StepList Check { get; } = new();

    public StepList Write { get; } = new();

    public StepList StepsOf(Phase phase) => phase switch
    {
        Phase.Read => Read,
        Phase.Parse => Parse,
        Phase.Index => Index,
        Phase.Render => Render,
        Phase.Check => Check,
        _ => Write,
    };

    public Pipeline Build() => new(Name, Enum.GetValues<Phase>().ToDictionary(phase => phase, phase => StepsOf(phase).ToImmutable()));
}
