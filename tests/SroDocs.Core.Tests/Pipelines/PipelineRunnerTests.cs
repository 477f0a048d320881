using System.Collections.Immutable;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;

namespace SroDocs.Core.Tests.Pipelines;

public sealed class PipelineRunnerTests
{
    private static readonly DataKey<string> SeenPhase = new("seen");

    private sealed class Emit(params string[] names) : IStep
    {
        public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(input.AddRange(names.Select(n => new Document(n, "", n, Metadata.Empty))));
    }

    private sealed class Upper : DocumentStep
    {
        protected override Document Process(Document document, BuildContext context) =>
            document.With(SeenPhase, context.CurrentPhase.ToString()) with { Text = document.Text.ToUpperInvariant() };
    }

    private sealed class FailOn(string name) : DocumentStep
    {
        protected override Document Process(Document document, BuildContext context) =>
            document.Source == name ? throw new InvalidOperationException("kaputt") : document;
    }

    private sealed class CountOther(string pipeline) : IStep
    {
        public int Seen { get; private set; } = -1;

        public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken)
        {
            Seen = context.Outputs.Latest(pipeline, context.CurrentPhase - 1).Length;
            return ValueTask.FromResult(input);
        }
    }

    [Fact]
    public async Task Run_PassesDocumentsThroughPhases_InOrder()
    {
        // Given
        var pipeline = new Pipeline("p") { Read = [new Emit("b", "a", "c")], Render = [new Upper()] };
        var context = new BuildContext();

        // When
        await PipelineRunner.RunAsync([pipeline], context);

        // Then
        var rendered = context.Outputs["p", Phase.Render];
        rendered.Select(d => d.Text).ShouldBe(["B", "A", "C"]);
        rendered.ShouldAllBe(d => d.Get(SeenPhase) == "Render");
        context.Outputs["p", Phase.Read].Select(d => d.Text).ShouldBe(["b", "a", "c"]);
        context.Outputs.Latest("p", Phase.Write).Select(d => d.Text).ShouldBe(["B", "A", "C"]);
    }

    [Fact]
    public async Task Run_IsABarrier_ALaterPipelineSeesEarlierPhaseOfAll()
    {
        // Given: the observer pipeline is declared first, yet sees the other pipeline's Read output in Parse
        var observer = new CountOther("source");
        var pipelines = new[]
        {
            new Pipeline("observer") { Parse = [observer] },
            new Pipeline("source") { Read = [new Emit("x", "y")] },
        };

        // When
        await PipelineRunner.RunAsync(pipelines, new BuildContext());

        // Then
        observer.Seen.ShouldBe(2);
    }

    [Fact]
    public async Task DocumentStep_ExceptionBecomesDiagnostic_OthersGoOn()
    {
        // Given
        var pipeline = new Pipeline("p") { Read = [new Emit("ok1", "bad", "ok2")], Parse = [new FailOn("bad")] };
        var context = new BuildContext();

        // When
        await PipelineRunner.RunAsync([pipeline], context);

        // Then
        context.Outputs["p", Phase.Parse].Select(d => d.Source).ShouldBe(["ok1", "ok2"]);
        var diagnostic = context.Diagnostics.ToSortedArray().ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe("SRO0001");
        diagnostic.Message.ShouldContain("kaputt");
        diagnostic.Location!.Value.Path.ShouldBe("bad");
    }

    [Fact]
    public void Publish_IsSetOnce()
    {
        // Given
        var context = new BuildContext();
        var key = new DataKey<string>("k");

        // When
        context.Publish(key, "v");

        // Then
        context.Require(key).ShouldBe("v");
        Should.Throw<InvalidOperationException>(() => context.Publish(key, "w"));
        Should.Throw<InvalidOperationException>(() => context.Require(new DataKey<string>("fehlt")));
    }

    [Fact]
    public void Append_AddsStepWithoutChangingOriginal()
    {
        // Given
        var pipeline = new Pipeline("p") { Read = [new Emit("a")] };

        // When
        var extended = pipeline.Append(Phase.Read, new Emit("b"));

        // Then
        pipeline.Read.Length.ShouldBe(1);
        extended.Read.Length.ShouldBe(2);
        extended.Name.ShouldBe("p");
    }
}
