namespace SroDocs.Site.FrontMatter;

/// <summary>The kinds of content pages; each has its own layout and required keys.</summary>
public enum PageType
{
    Seite,
    Start,
    Abschnitt,
    Baustein,
    Ebene,
}
