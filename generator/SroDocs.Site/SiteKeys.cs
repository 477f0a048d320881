using System.Collections.Immutable;
using SroDocs.Core.Documents;
using SroDocs.Site.FrontMatter;
using SroDocs.Site.Links;
using SroDocs.Site.Markdown;
using SroDocs.Site.Navigation;

namespace SroDocs.Site;

/// <summary>The typed metadata keys of site documents.</summary>
public static class SiteKeys
{
    /// <summary>The path of a content file relative to the content root, with '/' (e.g. <c>bausteine/finanzierung.md</c>).</summary>
    public static readonly DataKey<string> ContentPath = new("contentPath");

    /// <summary>
    /// The YAML of a content page's front matter, taken when the page is read, so that a page whose text is not kept in
    /// memory is not read again to parse it; removed once it is parsed.
    /// </summary>
    public static readonly DataKey<string> FrontMatterText = new("frontMatterText");

    /// <summary>The validated front matter of a content page.</summary>
    public static readonly DataKey<PageFrontMatter> FrontMatter = new("frontMatter");

    /// <summary>What the whole site knows about a page (content or generated): id, URL, title, kind.</summary>
    public static readonly DataKey<PageEntry> Page = new("page");

    /// <summary>The headings of a page body, in order.</summary>
    public static readonly DataKey<ImmutableArray<Heading>> Headings = new("headings");

    /// <summary>The plain text of a page's first paragraph, shortened (empty when it has none): its description where front matter gives none.</summary>
    public static readonly DataKey<string> Excerpt = new("excerpt");

    /// <summary>The page body, before the layout is applied.</summary>
    public static readonly DataKey<PageBody> Body = new("body");

    /// <summary>What rendering found on a page for the checks: its anchors and the links whose anchors are still to be checked.</summary>
    public static readonly DataKey<RenderedFacts> Facts = new("facts");

    /// <summary>What rendered a page's templates (the direct rendering where the templates allow it).</summary>
    public static readonly DataKey<Templates.TemplateRenderer> RenderedWith = new("renderedWith");

    /// <summary>The parsed Markdown of a page (an artefact between parsing and rendering; never written out).</summary>
    public static readonly DataKey<Markdig.Syntax.MarkdownDocument> MarkdownSyntax = new("markdownSyntax");
}
