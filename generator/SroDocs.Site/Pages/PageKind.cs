using SroDocs.Core.Documents;
using SroDocs.Site.Templates;

namespace SroDocs.Site.Pages;

/// <summary>
/// A kind of page: the layout that renders it (its <see cref="Name"/>, unless front matter names another), the
/// label above its title, and the typed data its layout finds under <c>data</c>. Content pages have the kinds of
/// <see cref="ContentKinds"/>; generated pages bring their own (matrix, timeline, glossary, changelog …).
/// </summary>
public abstract class PageKind(string name)
{
    /// <summary>The kind's name, which is also its default layout (<c>layouts/&lt;name&gt;.hbs</c>).</summary>
    public string Name { get; } = name;

    /// <summary>The small label above the title; null where the kind needs none.</summary>
    public virtual string? Label => null;

    /// <summary>False for pages on which glossary terms are not marked (the glossary itself).</summary>
    public virtual bool MarksGlossaryTerms => true;

    /// <summary>False for pages the full-text search leaves out (listings and comparisons that repeat other pages' text).</summary>
    public virtual bool Searchable => true;

    /// <summary>
    /// True for a page the server shows at any address (the 404 page): its links and resources are written from the
    /// site's root, with the URL prefix, instead of relative to where the page lies.
    /// </summary>
    public virtual bool LinksFromSiteRoot => false;

    /// <summary>True for a page search engines should not keep (<c>noindex</c>).</summary>
    public virtual bool NoIndex => false;

    /// <summary>Build values <see cref="BuildData"/> reads beyond those every layout gets (see <see cref="PageRenderContext"/>).</summary>
    public virtual IReadOnlyList<IDataKey> Reads => [];

    /// <summary>The data the layout sees as <c>data</c>, or null.</summary>
    public abstract object? BuildData(PageRenderContext context);

    public override string ToString() => Name;
}
