namespace SroDocs.Site.Templates.Views;

/// <summary>
/// Where a page stands among the editions of the publication: the banner of a frozen Fassung, the switcher to the same
/// page in every other edition, and the Fassung's root hash. Null on a site without Fassungen.
/// </summary>
public sealed record EditionView(BannerView? Banner, IReadOnlyList<SwitcherItem> Switcher, bool HasSwitcher, string CurrentLabel, string OverviewHref, string? RootHash);

/// <summary>The notice on every page of a Fassung: what it is, and the way to the current text.</summary>
public sealed record BannerView(string Heading, string Beschluss, string Gremium, string Status, string? GueltigAb, string CurrentHref, bool CurrentPageFound, string? PdfHref);

/// <summary>One edition in the switcher; <paramref name="PageFound"/> is false where the page did not exist and the link leads to that edition's start page.</summary>
public sealed record SwitcherItem(string Label, string Href, bool Current, bool PageFound);
