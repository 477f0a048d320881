using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Content;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Data;

/// <summary>Reads the YAML files of <c>_data/</c>.</summary>
public sealed class ReadDataFiles : IStep
{
    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken)
    {
        var options = context.Require(SiteState.Options);
        var folder = Path.Combine(options.ContentRoot, ContentLayout.DataFolder);
        var documents = ContentFiles.Enumerate(folder)
            .Where(name => name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(name =>
            {
                var absolute = Path.Combine(folder, name);
                var bytes = File.ReadAllBytes(absolute);
                var source = options.DisplayPath(absolute);
                if (TextFiles.FirstInvalidUtf8Line(bytes) is { } line)
                {
                    context.Diagnostics.Add(FrontMatterDiagnostics.NotUtf8(new SourceLocation(source, line, 1)));
                }

                return new Document(source, "", TextFiles.Decode(bytes), Metadata.Empty.With(SiteKeys.ContentPath, name)) { InputHash = ContentHash.Of(bytes) };
            });
        return ValueTask.FromResult(input.AddRange(documents));
    }
}
