namespace SroDocs.Site.Templates.Views;

/// <summary>Where a Markdown page's text comes from: when it last changed, and where to edit it (each null where unknown).</summary>
public sealed record PageSourceView(LastChangeView? Changed, string? EditHref);

/// <summary>"Zuletzt geändert am 1. Dezember 2026 (laut Git-Verlauf)": the words before the date, the date, and where it comes from.</summary>
public sealed record LastChangeView(string Lead, string Date, string Iso, string Origin);
