using Markdig.Renderers;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Content;
using SroDocs.Site.Links;
using Document = SroDocs.Core.Documents.Document;

namespace SroDocs.Site.Markdown;

/// <summary>
/// Renders a page's Markdown to HTML. Every link goes through the <see cref="LinkResolver"/> and comes out
/// relative to the page, so the site works under any prefix; broken links are left as written (the
/// link check reports them).
/// </summary>
public sealed class RenderMarkdown : DocumentStep
{
    protected override bool Applies(Document document) => document.Artefacts.Contains(SiteKeys.MarkdownSyntax);

    protected override Document Process(Document document, BuildContext context)
    {
        if (LinkResolver.ForPage(document, context) is not { } found)
        {
            return document;
        }

        var (resolver, page) = found;

        var html = ToHtml(document.Artefacts.Get(SiteKeys.MarkdownSyntax), url => Rewrite(url, page.Url, href => resolver.Resolve(href, page)));
        return document.With(SiteKeys.BodyHtml, html);
    }

    /// <summary>Renders Markdown syntax with a link rewriter (shared with glossary definitions and milestone texts).</summary>
    public static string ToHtml(Markdig.Syntax.MarkdownDocument syntax, Func<string, string> rewriteLink)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = rewriteLink };
        MarkdownPipelineFactory.Default.Setup(renderer);
        renderer.Render(syntax);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Renders a Markdown snippet (no front matter) for a page at <paramref name="fromUrl"/>.</summary>
    public static string SnippetToHtml(string markdown, string fromUrl, LinkResolver resolver, Navigation.PageEntry from) =>
        ToHtml(Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Default), url => Rewrite(url, fromUrl, href => resolver.Resolve(href, from)));

    private static string Rewrite(string url, string fromUrl, Func<string, LinkResolution> resolve)
    {
        var resolution = resolve(url);
        return resolution.SiteUrl is { } siteUrl ? SiteUrls.Relative(fromUrl, siteUrl) : url;
    }
}
