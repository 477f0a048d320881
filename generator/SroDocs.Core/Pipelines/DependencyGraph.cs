using System.Collections.Immutable;
using SroDocs.Core.Documents;

namespace SroDocs.Core.Pipelines;

/// <summary>
/// The build's dependency graph, made from the steps' declarations: which step reads and publishes which value,
/// in the order they run. <see cref="Validate"/> rejects a graph where a step reads a value that no earlier step
/// (or the build's inputs) provides, or two steps publish the same value.
/// </summary>
public sealed class DependencyGraph
{
    private DependencyGraph(ImmutableArray<StepNode> nodes) => Nodes = nodes;

    public ImmutableArray<StepNode> Nodes { get; }

    public static DependencyGraph Of(IReadOnlyList<Pipeline> pipelines) =>
        new([.. from phase in Enum.GetValues<Phase>()
                from pipeline in pipelines
                from step in pipeline.StepsOf(phase)
                select new StepNode(phase, pipeline.Name, step.Name, step.Dependencies)]);

    /// <summary>The steps that read <paramref name="key"/>, directly.</summary>
    public IEnumerable<StepNode> ReadersOf(IDataKey key) => Nodes.Where(n => n.Dependencies.Reads.Contains(key));

    /// <summary>Throws <see cref="InvalidOperationException"/> naming every unmet or doubled dependency.</summary>
    public void Validate(IEnumerable<IDataKey> inputs)
    {
        var available = inputs.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var node in Nodes)
        {
            problems.AddRange(node.Dependencies.Reads
                .Where(key => !available.Contains(key.Name))
                .Select(key => $"{node}: reads '{key.Name}', which no earlier step publishes"));
            foreach (var key in node.Dependencies.Publishes)
            {
                if (!available.Add(key.Name))
                {
                    problems.Add($"{node}: publishes '{key.Name}', which is already provided");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The pipelines' dependencies do not fit:\n" + string.Join("\n", problems));
        }
    }

    public override string ToString() => string.Join("\n", Nodes.Select(n => n.Describe()));
}

/// <summary>One step in the graph.</summary>
public sealed record StepNode(Phase Phase, string Pipeline, string Step, StepDependencies Dependencies)
{
    public override string ToString() => $"{Phase}/{Pipeline}/{Step}";

    public string Describe() =>
        $"{this}: liest {Names(Dependencies.Reads)}{(Dependencies.ReadsAllDocuments ? " + alle Dokumente" : "")}; veröffentlicht {Names(Dependencies.Publishes)}";

    private static string Names(ImmutableArray<IDataKey> keys) => keys.IsEmpty ? "–" : string.Join(", ", keys.Select(k => k.Name));
}
