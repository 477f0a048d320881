using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Content;

/// <summary>Reads every Markdown page of the content folder (skipping <c>_data/</c>, <c>_theme/</c> and hidden files).</summary>
public sealed class ReadContentFiles : IStep
{
    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken)
    {
        var options = context.Require(SiteState.Options);
        var files = ContentFiles.Enumerate(options.ContentRoot)
            .Where(path => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var documents = new Document[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var absolute = Path.Combine(options.ContentRoot, files[i]);
            var bytes = File.ReadAllBytes(absolute);
            var source = options.DisplayPath(absolute);
            if (TextFiles.FirstInvalidUtf8Line(bytes) is { } line)
            {
                context.Diagnostics.Add(FrontMatterDiagnostics.NotUtf8(new SourceLocation(source, line, 1)));
            }

            documents[i] = new Document(source, "", TextFiles.Decode(bytes), Metadata.Empty.With(SiteKeys.ContentPath, files[i]))
            {
                InputHash = ContentHash.Of(bytes),
            };
        });

        return ValueTask.FromResult(input.AddRange(documents));
    }
}
