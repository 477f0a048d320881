using System.Collections.Concurrent;
using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;

namespace SroDocs.Site.Links;

/// <summary>
/// Parses every rendered HTML file once and publishes the <see cref="HtmlIndex"/>, so that link and anchor
/// checks compare against what readers will really get.
/// </summary>
public sealed class CollectRenderedHtml(IReadOnlyList<string> pipelines) : IStep
{
    private const string References = "a[href], area[href], link[href], img[src], img[srcset], script[src], iframe[src], source[src], source[srcset], video[src], video[poster], audio[src], embed[src], object[data], track[src]";

    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken)
    {
        if (context.Require(SiteState.Templates).HasErrors)
        {
            // Without working templates there is no real output to compare against; anchors are then not checked.
            return ValueTask.FromResult(input);
        }

        var html = pipelines.SelectMany(p => context.Outputs.Latest(p, Phase.Render))
            .Where(d => d.Binary is null && d.Destination.EndsWith(".html", StringComparison.Ordinal))
            .ToList();
        var pages = new ConcurrentDictionary<string, RenderedPage>(StringComparer.Ordinal);
        Parallel.ForEach(html, new ParallelOptions { CancellationToken = cancellationToken }, document =>
        {
            var parsed = new HtmlParser().ParseDocument(document.Text);
            var ids = parsed.QuerySelectorAll("[id]").Select(e => e.Id!).Concat(parsed.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!)).ToList();
            var references = parsed.QuerySelectorAll(References)
                .Where(e => !e.HasAttribute("data-no-validate"))
                .SelectMany(e => Urls(e.TagName.ToLowerInvariant(), e))
                .ToImmutableArray();
            pages[document.Destination] = new RenderedPage(
                document.Source,
                ids.ToImmutableHashSet(StringComparer.Ordinal),
                references,
                ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToImmutableArray());
        });

        context.Publish(SiteState.RenderedHtml, new HtmlIndex(pages.ToImmutableDictionary(StringComparer.Ordinal)));
        return ValueTask.FromResult(input);
    }

    private static IEnumerable<HtmlReference> Urls(string tag, AngleSharp.Dom.IElement element)
    {
        var loads = tag is not ("a" or "area") && !(tag == "link" && element.GetAttribute("rel") is "canonical" or "alternate");
        foreach (var attribute in new[] { "href", "src", "data", "poster" })
        {
            if (element.GetAttribute(attribute) is { } url)
            {
                yield return new HtmlReference(tag, url.Trim(), loads);
            }
        }

        if (element.GetAttribute("srcset") is { } srcset)
        {
            foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return new HtmlReference(tag, candidate.Split(' ')[0], true);
            }
        }
    }
}
