using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using static SroDocs.Core.Tests.Pipelines.TestSteps;

namespace SroDocs.Core.Tests.Pipelines;

public sealed class PipelineRunnerTests
{
    private static Pipeline Make(string name, Action<PipelineBuilder> configure)
    {
        var builder = new PipelineBuilder(name);
        configure(builder);
        return builder.Build();
    }

    private static Task<RunReport> Run(BuildContext context, IDocumentSink? sink = null, bool keep = true, params Pipeline[] pipelines) =>
        PipelineRunner.RunAsync(pipelines, context, new RunOptions { RenderedSink = sink, KeepPhaseOutputs = keep });

    [Fact]
    public async Task Run_PassesDocumentsThroughPhases_InOrder()
    {
        // Given
        var pipeline = Make("p", p =>
        {
            p.Read.Add(new Emit("b", "a", "c"));
            p.Render.Add(new Upper());
        });
        var context = new BuildContext(new BuildValues());

        // When
        await Run(context, pipelines: pipeline);

        // Then
        var rendered = context.Outputs["p", Phase.Render];
        rendered.Select(d => d.Text).ShouldBe(["B", "A", "C"]);
        rendered.ShouldAllBe(d => d.Get(Upper.SeenPhase) == "Render");
        context.Outputs["p", Phase.Read].Select(d => d.Text).ShouldBe(["b", "a", "c"]);
        context.Outputs.Latest("p").Select(d => d.Text).ShouldBe(["B", "A", "C"]);
    }

    [Fact]
    public async Task Run_IsABarrier_APipelineDeclaredFirstSeesEveryPipelinesEarlierPhase()
    {
        // Given: the observer pipeline is declared first, yet sees the other pipeline's Read output in Parse
        var observer = new CountAll();
        var context = new BuildContext(new BuildValues());

        // When
        await Run(context, pipelines: [Make("observer", p => p.Parse.Add(observer)), Make("source", p => p.Read.Add(new Emit("x", "y")))]);

        // Then
        observer.Seen.ShouldBe(2);
    }

    [Fact]
    public async Task DocumentStep_ExceptionBecomesDiagnostic_OthersGoOn()
    {
        // Given
        var pipeline = Make("p", p =>
        {
            p.Read.Add(new Emit("ok1", "bad", "ok2"));
            p.Parse.Add(new FailOn("bad"));
        });
        var context = new BuildContext(new BuildValues());

        // When
        await Run(context, pipelines: pipeline);

        // Then
        context.Outputs["p", Phase.Parse].Select(d => d.Text).ShouldBe(["ok1", "ok2"]);
        var diagnostic = context.Diagnostics.ToSortedArray().ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe("SRO0001");
        diagnostic.Message.ShouldContain("kaputt");
        diagnostic.Location!.Value.Path.ShouldBe("(erzeugt) bad");
    }

    [Fact]
    public async Task ChainedSteps_RunInDeclaredOrder_AndEveryRenderedDocumentReachesTheSink()
    {
        // Given: three document steps in a row run as one chain per document
        var pipeline = Make("p", p =>
        {
            p.Read.Add(new Emit("a", "b"));
            p.Render.Add(new Upper());
            p.Render.Add(new Suffix("x"));
            p.Render.Add(new FailOn("nie"));
        });
        var sink = new RecordingSink();
        var context = new BuildContext(new BuildValues());

        // When
        var report = await Run(context, sink, pipelines: pipeline);

        // Then
        sink.Seen.Order().ShouldBe(["Ax", "Bx"]);
        context.Outputs.Latest("p").ShouldAllBe(d => d.Content is StagedContent);
        report.Steps.Where(s => s.Phase == Phase.Render).Select(s => (s.Step, s.Chained)).ShouldBe([("Upper", true), ("Suffixx", true), ("FailOn", true)]);
    }

    [Fact]
    public async Task Run_ReleasesEarlierPhases_UnlessAskedToKeepThem()
    {
        // Given
        var pipeline = Make("p", p =>
        {
            p.Read.Add(new Emit("a"));
            p.Render.Add(new Upper());
        });
        var context = new BuildContext(new BuildValues());

        // When
        await Run(context, keep: false, pipelines: pipeline);

        // Then
        context.Outputs["p", Phase.Read].ShouldBeEmpty();
        context.Outputs.Latest("p").Select(d => d.Text).ShouldBe(["A"]);
    }

    [Fact]
    public async Task AStep_ReadingAValueItDidNotDeclare_FailsAsAnInternalError()
    {
        // Given
        var key = new DataKey<string>("wert");
        var reader = new ReadValue<string>(key, declare: false);
        var context = new BuildContext(new BuildValues());

        // When
        await Run(context, pipelines: Make("p", p =>
        {
            p.Read.Add(new Publish<string>(key, "v"));
            p.Parse.Add(reader);
        }));

        // Then
        reader.Seen.ShouldBeNull();
        var diagnostic = context.Diagnostics.ToSortedArray().ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe("SRO0001");
        diagnostic.Message.ShouldContain("without declaring it");
    }

    [Fact]
    public async Task AStep_ReadingADeclaredValue_SeesWhatAnEarlierPhasePublished()
    {
        // Given
        var key = new DataKey<string>("wert");
        var reader = new ReadValue<string>(key, declare: true);

        // When
        await Run(new BuildContext(new BuildValues()), pipelines: Make("p", p =>
        {
            p.Read.Add(new Publish<string>(key, "v"));
            p.Parse.Add(reader);
        }));

        // Then
        reader.Seen.ShouldBe("v");
    }

    [Fact]
    public void BuildValues_ArePublishedOnce()
    {
        // Given
        var values = new BuildValues();
        var key = new DataKey<string>("k");

        // When
        values.Publish(key, "v");

        // Then
        values.Get(key).ShouldBe("v");
        Should.Throw<InvalidOperationException>(() => values.Publish(key, "w"));
        Should.Throw<InvalidOperationException>(() => values.Get(new DataKey<string>("fehlt")));
    }
}
