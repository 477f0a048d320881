using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;
using SroDocs.Site.Markdown;
using SroDocs.Site.Navigation;
using SroDocs.Site.Pipelines;

namespace SroDocs.Site.Links;

/// <summary>
/// Checks the links inside Markdown texts of data files (glossary definitions, milestone descriptions) and
/// reports broken ones at the entry in the YAML file, not at the generated page.
/// </summary>
public sealed class CheckDataLinks : IStep
{
    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken)
    {
        var index = context.Require(SiteState.Index);
        var glossary = context.Require(SiteState.Glossary);
        var resolver = new LinkResolver(index, glossary, context.TryGet(SiteState.RenderedHtml, out var rendered) ? rendered : null);
        if (index.ById(GeneratedPage.Glossary.Id) is { } glossaryPage)
        {
            foreach (var term in glossary.Terms)
            {
                Check(term.Definition, glossaryPage, resolver, (href, reason) => LinkDiagnostics.BrokenLinkInDefinition(term.Location, term.Id, href, reason), context);
            }
        }

        if (index.ById(GeneratedPage.Timeline.Id) is { } timelinePage)
        {
            foreach (var milestone in context.Require(SiteState.Milestones).States.SelectMany(s => s.Milestones))
            {
                Check(milestone.Description, timelinePage, resolver, (href, reason) => LinkDiagnostics.BrokenLinkInMilestone(milestone.Location, milestone.Id, href, reason), context);
            }
        }

        return ValueTask.FromResult(input);
    }

    /// <param name="broken">Makes the diagnostic for a broken link from its target and the resolver's reason.</param>
    private static void Check(string markdown, PageEntry page, LinkResolver resolver, Func<string, string, Diagnostic> broken, BuildContext context)
    {
        foreach (var link in Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Default).Descendants<LinkInline>())
        {
            if (link.Url is null || link.IsAutoLink)
            {
                continue;
            }

            var resolution = resolver.Resolve(link.Url, page);
            if (resolution.IsBroken)
            {
                context.Diagnostics.Add(broken(link.Url, resolution.Problem!.Message));
            }
        }
    }
}
