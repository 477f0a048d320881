using System.Collections.Immutable;
using SroDocs.Core.Documents;
using SroDocs.Core.IO;
using SroDocs.Core.Pipelines;

namespace SroDocs.Site.Content;

/// <summary>
/// Lists the files that are copied as they are: the theme's <c>assets/</c> (overridable by the site's
/// <c>_theme/assets/</c>) to <c>assets/</c>, and every visible non-Markdown file of the content source to its own
/// path. Their bytes are read only when they are written.
/// </summary>
public sealed class ReadAssetFiles : IStep
{
    public StepDependencies Dependencies { get; } = StepDependencies.Reading(SiteValues.Inputs);

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
    {
        var inputs = context.Read(SiteValues.Inputs);
        var theme = new SubfolderSource(inputs.ThemeWithOverrides, "assets");
        var documents = theme.List().Files.Select(path => Asset(theme, path, "assets/" + path))
            .Concat(SourceFiles.Visible(inputs.Content).Where(path => !ContentPaths.IsPage(path)).Select(path => Asset(inputs.Content, path, path)));
        return ValueTask.FromResult(input.AddRange(documents));
    }

    private static Document Asset(IContentSource source, string path, string destination) =>
        new(new FileSource(path, source.DisplayPath(path)), Destination.File(destination), new SourceFileContent(source, path), Metadata.Empty)
        {
            InputHash = ContentHash.Of(source.DisplayPath(path)),
        };
}
