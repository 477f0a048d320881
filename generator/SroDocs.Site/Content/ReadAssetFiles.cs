using System.Collections.Immutable;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;

namespace SroDocs.Site.Content;

/// <summary>
/// Reads files that are copied as they are: the theme's <c>assets/</c> (overridable by the site's
/// <c>_theme/assets/</c>) to <c>assets/</c>, and every non-Markdown file of the content folder to its own path.
/// </summary>
public sealed class ReadAssetFiles : IStep
{
    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken)
    {
        var options = context.Require(SiteState.Options);
        var byDestination = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in new[] { Path.Combine(options.ThemeRoot, "assets"), Path.Combine(options.ContentRoot, ContentLayout.ThemeOverrideFolder, "assets") })
        {
            foreach (var relative in ContentFiles.Enumerate(root))
            {
                byDestination["assets/" + relative] = Path.Combine(root, relative);
            }
        }

        foreach (var relative in ContentFiles.Enumerate(options.ContentRoot).Where(p => !p.EndsWith(".md", StringComparison.OrdinalIgnoreCase)))
        {
            byDestination[relative] = Path.Combine(options.ContentRoot, relative);
        }

        var documents = byDestination.Select(pair =>
        {
            var bytes = File.ReadAllBytes(pair.Value);
            return new Document(options.DisplayPath(pair.Value), pair.Key, "", Metadata.Empty) { Binary = bytes, InputHash = ContentHash.Of(bytes) };
        });
        return ValueTask.FromResult(input.AddRange(documents));
    }
}
