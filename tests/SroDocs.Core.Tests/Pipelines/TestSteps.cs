using System.Collections.Immutable;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;

namespace SroDocs.Core.Tests.Pipelines;

/// <summary>Small steps for testing the runner: documents from names, text changes, failures, observers.</summary>
internal static class TestSteps
{
    public static Document Named(string name, string? text = null) =>
        new(new GeneratedSource(name), Destination.None, new TextContent(text ?? name), Metadata.Empty) { InputHash = ContentHash.Of(name) };

    public sealed class Emit(params string[] names) : IStep
    {
        public StepDependencies Dependencies => StepDependencies.None;

        public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(input.AddRange(names.Select(n => Named(n))));
    }

    public sealed class Upper : DocumentStep
    {
        public static readonly DataKey<string> SeenPhase = new("seenPhase");

        public override StepDependencies Dependencies => StepDependencies.None;

        protected override Document Process(Document document, StepContext context) =>
            document.With(SeenPhase, context.Phase.ToString()).WithText(document.Text.ToUpperInvariant());
    }

    public sealed class Suffix(string suffix) : DocumentStep
    {
        public override string Name => "Suffix" + suffix;

        public override StepDependencies Dependencies => StepDependencies.None;

        protected override Document Process(Document document, StepContext context) => document.WithText(document.Text + suffix);
    }

    public sealed class FailOn(string name) : DocumentStep
    {
        public override StepDependencies Dependencies => StepDependencies.None;

        protected override Document Process(Document document, StepContext context) =>
            document.Source.Display.EndsWith(name, StringComparison.Ordinal) ? throw new InvalidOperationException("kaputt") : document;
    }

    public sealed class CountAll : IStep
    {
        public int Seen { get; private set; } = -1;

        public StepDependencies Dependencies => StepDependencies.None.AndAllDocuments();

        public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
        {
            Seen = context.AllDocuments().Length;
            return ValueTask.FromResult(input);
        }
    }

    public sealed class Publish<T>(DataKey<T> key, T value) : IStep
        where T : notnull
    {
        public StepDependencies Dependencies => new([], [key]);

        public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
        {
            context.Publish(key, value);
            return ValueTask.FromResult(input);
        }
    }

    /// <summary>Reads a value, declared or not, and records what it saw.</summary>
    public sealed class ReadValue<T>(DataKey<T> key, bool declare) : IStep
    {
        public T? Seen { get; private set; }

        public StepDependencies Dependencies => declare ? StepDependencies.Reading(key) : StepDependencies.None;

        public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
        {
            Seen = context.Read(key);
            return ValueTask.FromResult(input);
        }
    }

    /// <summary>Collects what reaches the end of the Render phase, and marks it as staged.</summary>
    public sealed class RecordingSink : IDocumentSink
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _seen = new();

        public IReadOnlyCollection<string> Seen => _seen;

        public Document Accept(Document document)
        {
            _seen.Enqueue(document.Text);
            return document with { Content = new StagedContent(document.Text.Length) };
        }
    }
}
