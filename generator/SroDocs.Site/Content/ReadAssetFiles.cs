using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.IO;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Content;

/// <summary>
/// Lists the files that are copied as they are: the theme's <c>assets/</c> (overridable by the site's
/// <c>_theme/assets/</c>) to <c>assets/</c>, and every visible non-Markdown file of the content source to its own
/// path — each only if its kind may be published (<see cref="PublishableFiles"/>; others are a warning). Their bytes
/// are read only when they are written.
/// </summary>
public sealed class ReadAssetFiles : IStep
{
    public StepDependencies Dependencies { get; } = StepDependencies.Reading(SiteValues.Inputs);

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
    {
        var inputs = context.Read(SiteValues.Inputs);
        var theme = new SubfolderSource(inputs.Theme, "assets");
        var overrides = ContentLayout.ThemeOverrideFolder + "/assets";
        var byDestination = new SortedDictionary<string, Document>(StringComparer.Ordinal);
        foreach (var path in theme.List().Files.Where(p => Publishable(PublishableFiles.FromTheme(p), theme, p, context)))
        {
            byDestination["assets/" + path] = Asset(theme, path, "assets/" + path);
        }

        foreach (var path in inputs.Content.List(overrides).Files.Select(p => overrides + "/" + p).Where(p => Publishable(PublishableFiles.FromContent(p), inputs.Content, p, context)))
        {
            var destination = "assets/" + path[(overrides.Length + 1)..];
            byDestination[destination] = Asset(inputs.Content, path, destination);
        }

        // The site's _theme/ files replace the theme's; other content files are documents of their own, so a clash with
        // a theme file is reported like any two documents for one output path.
        var content = SourceFiles.Visible(inputs.Content)
            .Where(p => !ContentPaths.IsPage(p) && Publishable(PublishableFiles.FromContent(p), inputs.Content, p, context))
            .Select(path => Asset(inputs.Content, path, path));
        return ValueTask.FromResult(input.AddRange(byDestination.Values).AddRange(content));
    }

    private static bool Publishable(bool allowed, IContentSource source, string path, StepContext context)
    {
        if (!allowed)
        {
            context.Diagnostics.Add(DataDiagnostics.FileNotPublished(SourceLocation.FileOnly(source.DisplayPath(path)), PublishableFiles.AllowedForContent));
        }

        return allowed;
    }

    /// <summary>
    /// A file copied as it is: its bytes are read when it is written, so its path is what it is made from. A stylesheet
    /// is also checked (<see cref="Privacy.CheckStylesheets"/>), so its bytes are.
    /// </summary>
    private static Document Asset(IContentSource source, string path, string destination) =>
        new(new FileSource(path, source.DisplayPath(path)), Destination.File(destination), new SourceFileContent(source, path), Metadata.Empty)
        {
            InputHash = path.EndsWith(".css", StringComparison.OrdinalIgnoreCase)
                ? ContentHash.Of([source.DisplayPath(path), ContentHash.Of(source.ReadAllBytes(path))])
                : ContentHash.Of(source.DisplayPath(path)),
        };
}
