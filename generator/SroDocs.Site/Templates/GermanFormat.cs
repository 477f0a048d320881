using System.Globalization;

namespace SroDocs.Site.Templates;

/// <summary>German display formats used across pages.</summary>
public static class GermanFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("de-DE");

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>The date written out, e.g. <c>1. Dezember 2026</c>.</summary>
    public static string LongDate(DateOnly date) => date.ToString("d. MMMM yyyy", Culture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
