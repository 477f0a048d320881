using System.Collections.Immutable;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Navigation;

namespace SroDocs.Site.Pages;

/// <summary>
/// Asks every registered <see cref="IPageGenerator"/> for its pages and makes them documents with an id, URL and
/// kind, so that they take part in navigation, link checks and output like any Markdown page.
/// </summary>
/// <param name="generators">The site's generators, read when the site is built.</param>
public sealed class CreateGeneratedPages(IEnumerable<IPageGenerator> generators) : IStep
{
    public StepDependencies Dependencies => new([.. generators.SelectMany(g => g.Reads).Distinct()], []);

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, StepContext context, CancellationToken cancellationToken)
    {
        var generatorContext = new GeneratorContext(context);
        var documents = generators.SelectMany(g => g.Generate(generatorContext)).Select(page =>
        {
            var entry = new PageEntry(page.Id, page.Url, page.Title, page.Description, page.Kind, page.Weight,
                new GeneratedSource(page.Id), ContentPath: null, FrontMatter: null, page.InMainNavigation)
            {
                Listed = page.Listed,
            };
            var metadata = ContentHash.Of([page.Id, page.Url, page.Title, page.Description, page.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Kind.Name, page.InMainNavigation.ToString(), page.Listed.ToString()]);
            return new Document(entry.Source, Destination.File(entry.Destination), DocumentContent.Empty, Metadata.Empty.With(SiteKeys.Page, entry))
            {
                // The page's entry (what others see of it) is made from the first; the page itself also from what its kind reads.
                MetadataHash = metadata,
                InputHash = ContentHash.Of([metadata, page.MadeFrom]),
            };
        });
        return ValueTask.FromResult(input.AddRange(documents));
    }
}
