using System.Collections.Immutable;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Content;
using SroDocs.Site.FrontMatter;

namespace SroDocs.Site.Pipelines;

/// <summary>
/// Creates the pages made from data (overview matrix, timeline, glossary, changelog) as documents with an id,
/// URL and title, so that they take part in navigation and link checks like any Markdown page.
/// </summary>
public sealed class CreateGeneratedPages : IStep
{
    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken)
    {
        var documents = GeneratedPage.All.Select(page =>
        {
            var frontMatter = new PageFrontMatter { Title = page.Title, Description = page.Description, Weight = page.Weight, RecogniseGlossaryTerms = false };
            return new Document(GeneratedPage.SourcePrefix + page.Id, ContentPaths.DestinationOf(page.Url), "", Metadata.Empty
                .With(SiteKeys.PageId, page.Id)
                .With(SiteKeys.Url, page.Url)
                .With(SiteKeys.Layout, page.Id)
                .With(SiteKeys.FrontMatter, frontMatter));
        });
        return ValueTask.FromResult(input.AddRange(documents));
    }
}
