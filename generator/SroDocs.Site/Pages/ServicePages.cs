namespace SroDocs.Site.Pages;

/// <summary>
/// The pages every page links to by id, wherever they sit in the content: the two other forms of the site in the
/// header, and the pages a public body must have in the footer. A site without one simply has no link to it.
/// </summary>
public static class ServicePages
{
    public const string LeichteSprache = "leichte-sprache";

    public const string Gebaerdensprache = "gebaerdensprache";

    public static IReadOnlyList<(string Id, string Title)> Legal { get; } =
    [
        ("barrierefreiheit", "Erklärung zur Barrierefreiheit"),
        ("impressum", "Impressum"),
        ("datenschutz", "Datenschutz"),
        ("mitarbeiten", "Mitarbeiten"),
    ];

    /// <summary>The ids of all of them: pages about the site rather than parts of the Fachkonzept.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(Legal.Select(p => p.Id).Append(LeichteSprache).Append(Gebaerdensprache), StringComparer.Ordinal);
}
