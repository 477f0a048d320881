using AngleSharp.Html.Parser;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Glossary;
using SroDocs.Site.Links;
using Document = SroDocs.Core.Documents.Document;

namespace SroDocs.Site.Html;

/// <summary>
/// One AngleSharp pass over each rendered page body: placeholder labels, table wrappers, and glossary terms
/// (unless the page opts out with <c>glossar: false</c>).
/// </summary>
public sealed class PostProcessBody : DocumentStep
{
    protected override bool Applies(Document document) => document.Metadata.Contains(SiteKeys.BodyHtml) && document.Metadata.Contains(SiteKeys.FrontMatter);

    protected override Document Process(Document document, BuildContext context)
    {
        var html = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + document.Get(SiteKeys.BodyHtml) + "</body></html>");
        var body = html.Body!;
        HtmlDecorations.LabelPlaceholders(body);
        HtmlDecorations.WrapTables(body);
        var index = context.Require(SiteState.Index);
        var pageUrl = document.Get(SiteKeys.Url);
        if (document.Get(SiteKeys.FrontMatter).RecogniseGlossaryTerms
            && index.ById(LinkResolver.GlossaryPageId) is { } glossaryPage
            && glossaryPage.Url != pageUrl)
        {
            GlossaryTermLinker.Apply(body, context.Require(SiteState.TermMatcher), glossaryPage.Url, pageUrl);
        }

        return document.With(SiteKeys.BodyHtml, body.InnerHtml);
    }
}
