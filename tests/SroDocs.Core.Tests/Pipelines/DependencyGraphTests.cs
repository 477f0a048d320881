using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using static SroDocs.Core.Tests.Pipelines.TestSteps;

namespace SroDocs.Core.Tests.Pipelines;

public sealed class DependencyGraphTests
{
    private static readonly DataKey<string> Value = new("wert");

    private static Pipeline Make(Action<PipelineBuilder> configure)
    {
        var builder = new PipelineBuilder("p");
        configure(builder);
        return builder.Build();
    }

    [Fact]
    public void Validate_AReadOfAValueNoEarlierStepPublishes_Fails()
    {
        // Given: the reader runs in Read, the publisher only in Parse
        var graph = DependencyGraph.Of([Make(p =>
        {
            p.Read.Add(new ReadValue<string>(Value, declare: true));
            p.Parse.Add(new Publish<string>(Value, "v"));
        })]);

        // When / Then
        Should.Throw<InvalidOperationException>(() => graph.Validate([])).Message.ShouldContain("'wert', which no earlier step publishes");
    }

    [Fact]
    public void Validate_AcceptsInputsAndEarlierPublishers_AndRejectsTwoPublishers()
    {
        // Given
        var ordered = DependencyGraph.Of([Make(p =>
        {
            p.Read.Add(new Publish<string>(Value, "v"));
            p.Parse.Add(new ReadValue<string>(Value, declare: true));
        })]);
        var doubled = DependencyGraph.Of([Make(p =>
        {
            p.Read.Add(new Publish<string>(Value, "v"));
            p.Parse.Add(new Publish<string>(Value, "w"));
        })]);

        // When / Then
        Should.NotThrow(() => ordered.Validate([]));
        Should.NotThrow(() => DependencyGraph.Of([Make(p => p.Read.Add(new ReadValue<string>(Value, declare: true)))]).Validate([Value]));
        Should.Throw<InvalidOperationException>(() => doubled.Validate([])).Message.ShouldContain("already provided");
    }

    [Fact]
    public void ReadersOf_NamesTheStepsAnEditOfAValueConcerns()
    {
        // Given
        var graph = DependencyGraph.Of([Make(p =>
        {
            p.Read.Add(new Publish<string>(Value, "v"));
            p.Render.Add(new ReadValue<string>(Value, declare: true));
        })]);

        // When
        var readers = graph.ReadersOf(Value).ToList();

        // Then
        readers.ShouldHaveSingleItem().ToString().ShouldBe("Render/p/ReadValue`1");
        graph.ToString().ShouldContain("liest wert");
    }
}
