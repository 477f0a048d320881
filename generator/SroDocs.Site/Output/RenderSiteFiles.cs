using System.Collections.Immutable;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Changelog;
using SroDocs.Site.Pipelines;

namespace SroDocs.Site.Output;

/// <summary>Makes the site-wide files that are not pages: the Atom feed of changes and the sitemap.</summary>
public sealed class RenderSiteFiles : IStep
{
    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken)
    {
        var options = context.Require(SiteState.Options);
        var config = context.Require(SiteState.Config);
        var index = context.Require(SiteState.Index);
        var urls = new AbsoluteUrls(options.BaseUrl ?? config.BaseUrl, options.UrlPrefix);
        var feed = AtomFeed.Build(ChangeRecord.AllOf(index), config, context.Require(SiteState.Taxonomy), urls,
            GeneratedPage.Changelog.Url, "/" + GeneratedPage.FeedPath, options.ReferenceDate);
        return ValueTask.FromResult(input
            .Add(new Document(GeneratedPage.SourcePrefix + "Atom-Feed", GeneratedPage.FeedPath, feed, Metadata.Empty))
            .Add(new Document(GeneratedPage.SourcePrefix + "Sitemap", "sitemap.xml", Sitemap.Build(index, urls), Metadata.Empty)));
    }
}
