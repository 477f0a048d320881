using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;

namespace SroDocs.Core.Tests.Pipelines;

/// <summary>A chain takes over its previous result only when the document and every value its pipeline reads are unchanged.</summary>
public sealed class ChainMemoTests
{
    private static readonly DataKey<string> Suffix = new("suffix");

    [Fact]
    public async Task AnUnchangedDocument_IsTakenOver_WithItsDiagnostics_AndAnEditedOneRunsAgain()
    {
        var memo = new ChainMemo();
        var first = await RunAsync(memo, new() { ["a"] = "eins", ["b"] = "kaputt" }, "!", Phase.Parse);
        memo.LastRunProcessed.Length.ShouldBe(2);
        first.Texts.ShouldBe(["eins!", "kaputt!"]);

        var same = await RunAsync(memo, new() { ["a"] = "eins", ["b"] = "kaputt" }, "!", Phase.Parse);
        memo.LastRunProcessed.ShouldBeEmpty();
        memo.LastRunTakenOver.ShouldBe(2);
        same.Texts.ShouldBe(first.Texts);
        same.Diagnostics.ShouldBe(first.Diagnostics, "the taken-over document reports its problem again");
        same.Diagnostics.ShouldHaveSingleItem().ShouldContain("(erzeugt) b");

        var edited = await RunAsync(memo, new() { ["a"] = "zwei", ["b"] = "kaputt" }, "!", Phase.Parse);
        memo.LastRunProcessed.ShouldBe(["p/Render: (erzeugt) a"]);
        edited.Texts.ShouldBe(["zwei!", "kaputt!"]);
    }

    [Fact]
    public async Task AChangedValue_RunsEveryDocumentAgain_AndAValueOfUnknownOrigin_Always()
    {
        var memo = new ChainMemo();
        await RunAsync(memo, new() { ["a"] = "eins", ["b"] = "zwei" }, "!", Phase.Parse);
        var changed = await RunAsync(memo, new() { ["a"] = "eins", ["b"] = "zwei" }, "?", Phase.Parse);
        memo.LastRunProcessed.Length.ShouldBe(2);
        changed.Texts.ShouldBe(["eins?", "zwei?"]);

        // Published in the Read phase without saying what was read: no fingerprint, nothing is taken over.
        await RunAsync(memo, new() { ["a"] = "eins", ["b"] = "zwei" }, "?", Phase.Read);
        await RunAsync(memo, new() { ["a"] = "eins", ["b"] = "zwei" }, "?", Phase.Read);
        memo.LastRunProcessed.Length.ShouldBe(2);
        memo.LastRunTakenOver.ShouldBe(0);
    }

    /// <summary>Pipeline "config" publishes the suffix from its one file (in Parse) or as given (in Read); pipeline "p" appends it to each of its files.</summary>
    private static async Task<(ImmutableArray<string> Texts, ImmutableArray<string> Diagnostics)> RunAsync(ChainMemo memo, Dictionary<string, string> files, string suffix, Phase publishIn)
    {
        var config = new PipelineBuilder("config");
        if (publishIn == Phase.Read)
        {
            config.Read.Add(new TestSteps.Publish<string>(Suffix, suffix));
        }
        else
        {
            config.Read.Add(new EmitFiles(new() { ["suffix"] = suffix }));
            config.Parse.Add(new PublishText());
        }

        var pages = new PipelineBuilder("p");
        pages.Read.Add(new EmitFiles(files));
        pages.Render.Add(new AppendSuffix());
        var context = new BuildContext(new BuildValues());
        await PipelineRunner.RunAsync([config.Build(), pages.Build()], context, new RunOptions { Memo = memo });
        return ([.. context.Outputs.Latest("p").Select(d => d.Text)], [.. context.Diagnostics.ToSortedArray().Select(d => d.ToString())]);
    }

    private sealed class EmitFiles(Dictionary<string, string> files) : IStep
    {
        public StepDependencies Dependencies => StepDependencies.None;

        public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(input.AddRange(files.Select(f =>
                new Document(new GeneratedSource(f.Key), Destination.None, new TextContent(f.Value), Metadata.Empty) { InputHash = ContentHash.Of(f.Value) })));
    }

    private sealed class PublishText : IStep
    {
        public StepDependencies Dependencies => new([], [Suffix]);

        public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
        {
            context.Publish(Suffix, input.Single().Text);
            return ValueTask.FromResult(input);
        }
    }

    private sealed class AppendSuffix : DocumentStep
    {
        public override StepDependencies Dependencies => StepDependencies.Reading(Suffix);

        protected override Document Process(Document document, StepContext context)
        {
            if (document.Text.Contains("kaputt", StringComparison.Ordinal))
            {
                context.Diagnostics.Add(new Diagnostic("SRO9999", Severity.Warning, "kaputt", SourceLocation.FileOnly(document.Source.Display)));
            }

            return document.WithText(document.Text + context.Read(Suffix));
        }
    }
}
