namespace SroDocs.Site.Pipelines;

/// <summary>A page the build makes from data (no Markdown file): its id doubles as its layout name.</summary>
public sealed record GeneratedPage(string Id, string Url, string Title, string Description, int Weight)
{
    public static readonly GeneratedPage Overview = new("uebersicht", "/uebersicht/", "Übersicht: Bausteine und Ebenen",
        "Welche Bausteine auf welchen Ebenen wirken und in welcher Phase des Zyklus sie stehen.", 30);

    public static readonly GeneratedPage Timeline = new("zeitplan", "/zeitplan/", "Zeitplan und Meilensteine",
        "Die Meilensteine des Fachkonzepts mit ihrem Stand.", 40);

    public static readonly GeneratedPage Glossary = new("glossar", "/glossar/", "Glossar",
        "Begriffe und Abkürzungen des Fachkonzepts von A bis Z.", 50);

    public static readonly GeneratedPage Changelog = new("aenderungen", "/aenderungen/", "Änderungen",
        "Was sich wann an den Bausteinen geändert hat, nach Zyklus und Phase.", 60);

    public static readonly IReadOnlyList<GeneratedPage> All = [Overview, Timeline, Glossary, Changelog];

    /// <summary>How generated documents name their source in diagnostics.</summary>
    public const string SourcePrefix = "(erzeugt) ";

    /// <summary>The feed of all changes, next to the changelog page.</summary>
    public const string FeedPath = "aenderungen/atom.xml";
}
