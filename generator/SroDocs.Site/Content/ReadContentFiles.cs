using System.Collections.Immutable;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;

namespace SroDocs.Site.Content;

/// <summary>
/// Reads every Markdown page of the content source (skipping <c>_data/</c>, <c>_theme/</c> and hidden files). A build
/// keeps up to <see cref="RetainedTextBudget"/> bytes of page text in memory between reading and rendering; beyond
/// that, pages are read again when they are needed.
/// </summary>
public sealed class ReadContentFiles : IStep
{
    /// <summary>
    /// 16 MB of UTF-8 (twice that as strings): the shipped content and sites of a few thousand pages are read once;
    /// 10,000 pages read the rest again when rendering, which costs less than the server GC's larger heap would
    /// otherwise add to their peak (measured: 253 instead of 281 MiB).
    /// </summary>
    public const long RetainedTextBudget = 16_000_000;

    public StepDependencies Dependencies { get; } = StepDependencies.Reading(SiteValues.Inputs);

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
    {
        var inputs = context.Read(SiteValues.Inputs);
        var content = inputs.Content;
        var pages = SourceFiles.Visible(content).Where(ContentPaths.IsPage).ToList();
        var left = RetainedTextBudget;
        // The front matter is taken when it lies in what ReadText shows of a page; a longer one is read when it is parsed.
        var documents = SourceFiles.ReadText(content, pages, context.Diagnostics, (path, text) => FrontMatter.FrontMatterSplitter.Split(text) is { } yaml
                ? Metadata.Empty.With(SiteKeys.ContentPath, path).With(SiteKeys.FrontMatterText, yaml)
                : Metadata.Empty.With(SiteKeys.ContentPath, path),
            bytes => Interlocked.Add(ref left, -bytes) >= 0, cancellationToken);

        // A page shows its date of last change: what the history says of its file is one of its inputs (hashed side by
        // side, in the pages' order).
        return ValueTask.FromResult(input.AddRange(documents.AsParallel().AsOrdered().Select(d =>
            d with { InputHash = ContentHash.Of([d.InputHash, History.ContentHistory.FactsAbout(inputs.History, d.Get(SiteKeys.ContentPath))]) })));
    }
}
