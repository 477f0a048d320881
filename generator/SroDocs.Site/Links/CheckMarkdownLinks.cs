using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Pipelines;
using Document = SroDocs.Core.Documents.Document;

namespace SroDocs.Site.Links;

/// <summary>
/// Reports every link and image in a page's Markdown whose target does not exist, at the file, line and
/// column where the author wrote it.
/// </summary>
public sealed class CheckMarkdownLinks : DocumentStep
{
    protected override bool Applies(Document document) => document.Artefacts.Contains(SiteKeys.MarkdownSyntax);

    protected override Document Process(Document document, BuildContext context)
    {
        if (LinkResolver.ForPage(document, context) is not { } found)
        {
            return document;
        }

        var (resolver, page) = found;

        foreach (var link in document.Artefacts.Get(SiteKeys.MarkdownSyntax).Descendants<LinkInline>())
        {
            if (link.Url is null || link.IsAutoLink)
            {
                continue;
            }

            var resolution = resolver.Resolve(link.Url, page);
            if (resolution.IsBroken)
            {
                context.Diagnostics.Add(resolution.Problem! with { Location = new SourceLocation(document.Source, link.Line + 1, link.Column + 1) });
            }
        }

        return document;
    }
}
