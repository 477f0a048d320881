using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Navigation;
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
        var index = context.Require(SiteState.Index);
        var resolver = new LinkResolver(index, context.Require(SiteState.Glossary));
        var page = index.ByContentPath(document.Get(SiteKeys.ContentPath));
        if (page is null)
        {
            return document;
        }

        foreach (var link in document.Artefacts.Get(SiteKeys.MarkdownSyntax).Descendants<LinkInline>())
        {
            if (link.Url is null || link.IsAutoLink)
            {
                continue;
            }

            var resolution = resolver.Resolve(link.Url, page);
            if (resolution.IsBroken)
            {
                context.Diagnostics.Add(new Diagnostic(resolution.ErrorCode!, Severity.Error, resolution.Message!,
                    new SourceLocation(document.Source, link.Line + 1, link.Column + 1)));
            }
        }

        return document;
    }
}
