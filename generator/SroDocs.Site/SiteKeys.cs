using System.Collections.Immutable;
using SroDocs.Core.Documents;
using SroDocs.Site.FrontMatter;
using SroDocs.Site.Markdown;

namespace SroDocs.Site;

/// <summary>The typed metadata keys of site documents.</summary>
public static class SiteKeys
{
    /// <summary>The path of a content file relative to the content root, with '/' (e.g. <c>bausteine/finanzierung.md</c>).</summary>
    public static readonly DataKey<string> ContentPath = new("contentPath");

    /// <summary>The validated front matter of a page.</summary>
    public static readonly DataKey<PageFrontMatter> FrontMatter = new("frontMatter");

    /// <summary>The stable id used by <c>xref:</c> links.</summary>
    public static readonly DataKey<string> PageId = new("pageId");

    /// <summary>The page's URL path below the site root, e.g. <c>/bausteine/finanzierung/</c>.</summary>
    public static readonly DataKey<string> Url = new("url");

    /// <summary>The layout name a generated page is rendered with (e.g. <c>glossar</c>).</summary>
    public static readonly DataKey<string> Layout = new("layout");

    /// <summary>The headings of a page body, in order.</summary>
    public static readonly DataKey<ImmutableArray<Heading>> Headings = new("headings");

    /// <summary>The parsed Markdown of a page (an artefact: never written out).</summary>
    public static readonly DataKey<Markdig.Syntax.MarkdownDocument> MarkdownSyntax = new("markdownSyntax");

    /// <summary>The HTML of the page body, before the layout is applied.</summary>
    public static readonly DataKey<string> BodyHtml = new("bodyHtml");
}
