using System.Collections.Immutable;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Content;

namespace SroDocs.Site.Data;

/// <summary>Reads the YAML files of <c>_data/</c>.</summary>
public sealed class ReadDataFiles : IStep
{
    public StepDependencies Dependencies { get; } = StepDependencies.Reading(SiteValues.Inputs);

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
    {
        var content = context.Read(SiteValues.Inputs).Content;
        var files = content.List(ContentLayout.DataFolder).Files
            .Where(name => name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(name => ContentLayout.DataFolder + "/" + name)
            .ToList();
        var documents = SourceFiles.ReadText(content, files, context.Diagnostics,
            (path, _) => Metadata.Empty.With(SiteKeys.ContentPath, path[(ContentLayout.DataFolder.Length + 1)..]), _ => true, cancellationToken);
        return ValueTask.FromResult(input.AddRange(documents));
    }
}
