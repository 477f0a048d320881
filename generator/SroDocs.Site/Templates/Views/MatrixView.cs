namespace SroDocs.Site.Templates.Views;

/// <summary>The Baustein × Ebene overview.</summary>
public sealed record MatrixView(IReadOnlyList<MatrixColumn> Ebenen, IReadOnlyList<MatrixRow> Rows, bool Empty, IReadOnlyList<StatusView> Statuses)
{
    /// <summary>The page that lists all pages by Ebene, status, Modellregion and Schwerpunkt; null where the site has none.</summary>
    public string? FacetsHref { get; init; }
}

public sealed record MatrixColumn(string Name, int? Number, string? Href);

public sealed record MatrixRow(string Title, string Href, string Status, string? StatusId, int? Zyklus, IReadOnlyList<MatrixCell> Cells);

/// <summary>A cell names the Baustein's status in words where it works on the Ebene (never colour alone).</summary>
public sealed record MatrixCell(bool Active, string Ebene, string Status, string? StatusId, int? Zyklus);

/// <summary>A phase of the cycle, with the page listing what is in it (null where the site has none).</summary>
public sealed record StatusView(string Id, string Name, string Description, string? Href);
