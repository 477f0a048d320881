using SroDocs.Core.Diagnostics;
using SroDocs.Site.Content;
using static SroDocs.Core.Diagnostics.Diagnostic;
using SroDocs.Site.Data;
using SroDocs.Site.FrontMatter;

namespace SroDocs.Site.Diagnostics;

/// <summary>
/// The messages about pages: front matter, page ids and addresses, change entries, and the Markdown
/// text itself (SRO2xxx). The generic YAML messages of front matter are in <see cref="YamlDiagnostics"/>.
/// </summary>
public static class FrontMatterDiagnostics
{
    /// <summary>A page file with nothing in it.</summary>
    public static Diagnostic PageEmpty(SourceLocation location) => Error(
        DiagnosticCodes.FrontMatterMissing,
        location,
        "Die Datei ist leer. Eine Seite beginnt mit einer Zeile '---', den Angaben (title, version, stand …) und wieder '---'; eine nicht mehr gebrauchte Seite bitte löschen.");

    /// <summary>The page does not start with a front matter block.</summary>
    public static Diagnostic FrontMatterMissing(SourceLocation location) => Error(
        DiagnosticCodes.FrontMatterMissing,
        location,
        "Die Seite hat kein Front Matter. Jede Seite beginnt mit einer Zeile '---', den Angaben (title, version, stand …) und wieder '---'.");

    /// <summary>The front matter block opens with '---' but is never closed.</summary>
    public static Diagnostic FrontMatterUnclosed(SourceLocation location) => Error(
        DiagnosticCodes.FrontMatterMissing,
        location,
        "Das Front Matter wird nicht geschlossen: nach den Angaben fehlt eine Zeile mit '---'.");

    /// <summary>The page's <c>zyklus</c> is below 1.</summary>
    public static Diagnostic CycleBelowOne(SourceLocation location, int zyklus) => Error(
        DiagnosticCodes.FrontMatterWrongType,
        location,
        $"'zyklus' beginnt bei 1, gefunden wurde {zyklus}.");

    /// <summary><c>typ</c> names no <see cref="PageType"/>.</summary>
    public static Diagnostic UnknownPageType(SourceLocation location, string text) => Error(
        DiagnosticCodes.FrontMatterUnknownValue,
        location,
        $"Unbekannter Seitentyp '{text}'. Erlaubt: {string.Join(", ", Enum.GetNames<PageType>().Select(n => n.ToLowerInvariant()))}.");

    /// <summary>A value under <paramref name="key"/> is not a term of <paramref name="facet"/>; suggests the closest term.</summary>
    public static Diagnostic UnknownFacetValue(SourceLocation location, string key, string value, Facet facet) => Error(
        DiagnosticCodes.FrontMatterUnknownValue,
        location,
        $"Unbekannter Wert '{value}' für '{key}'. Erlaubt ({facet.Label}): {facet.Allowed}.{Suggestion.For(value, facet.Terms.Select(t => t.Id))}");

    /// <summary>A change entry belongs to a later cycle than the page is in.</summary>
    public static Diagnostic ChangeCycleTooHigh(SourceLocation location, int changeCycle, int pageCycle) => Error(
        DiagnosticCodes.ChangeCycleTooHigh,
        location,
        $"Die Änderung gehört zu Zyklus {changeCycle}, die Seite steht aber erst in Zyklus {pageCycle}. Bitte 'zyklus' der Seite oder der Änderung korrigieren.");

    /// <summary>A change entry is dated after the reference date of the build.</summary>
    public static Diagnostic ChangeInFuture(SourceLocation location, DateOnly date, DateOnly referenceDate) => Error(
        DiagnosticCodes.ChangeInFuture,
        location,
        $"Das Datum {date:dd.MM.yyyy} liegt nach dem Stichtag {referenceDate:dd.MM.yyyy}. Änderungen werden erst eingetragen, wenn sie geschehen sind.");

    /// <summary>Another page (<paramref name="firstSource"/>) already has this page id.</summary>
    public static Diagnostic DuplicatePageId(SourceLocation location, string id, string firstSource) => Error(
        DiagnosticCodes.DuplicatePageId,
        location,
        $"Die Seiten-ID '{id}' ist schon an {firstSource} vergeben. Bitte in einer der Seiten 'id' ändern.");

    /// <summary>Another page (<paramref name="firstSource"/>) already has this address.</summary>
    public static Diagnostic DuplicateUrl(SourceLocation location, string url, string firstSource) => Error(
        DiagnosticCodes.DuplicateUrl,
        location,
        $"Die Adresse '{url}' entsteht schon aus {firstSource}. Bitte eine der Dateien umbenennen.");

    /// <summary>The Markdown nests deeper than Markdig can parse (found by the parser itself).</summary>
    public static Diagnostic MarkdownTooDeep(SourceLocation location) => Error(
        DiagnosticCodes.MarkdownTooDeep,
        location,
        "Der Text ist zu tief verschachtelt (zum Beispiel sehr viele '>' oder '[' hintereinander) und kann nicht gelesen werden.");

    /// <summary>Block quotes, lists or HTML elements nested deeper than <paramref name="limit"/> levels, at the place it happens.</summary>
    public static Diagnostic MarkdownTooDeep(SourceLocation location, string what, int limit) => Error(
        DiagnosticCodes.MarkdownTooDeep,
        location,
        $"Hier sind {what} tiefer als {limit} Ebenen verschachtelt. So tief ist kein Dokument verschachtelt; die Seite wird nicht gelesen. Bitte die Verschachtelung auflösen.");

    /// <summary>A page beyond the size a build reads.</summary>
    public static Diagnostic PageTooLarge(SourceLocation location, int megabytes) => Error(
        DiagnosticCodes.MarkdownTooDeep,
        location,
        $"Die Seite ist größer als {megabytes} MB und wird nicht gelesen. Bitte auf mehrere Seiten aufteilen.");

    /// <summary>A content or data file that cannot be read as UTF-8 text; it is left out of the build.</summary>
    public static Diagnostic UnreadableText(string file, TextFault fault) => Error(
        DiagnosticCodes.NotUtf8,
        new SourceLocation(file, fault.Line, fault.Column),
        fault.Kind switch
        {
            TextFaultKind.Binary => "Die Datei ist keine Textdatei (sie enthält Binärdaten, etwa ein Bild oder ein Office-Dokument unter einem Textdateinamen) und wird nicht gelesen.",
            TextFaultKind.ControlCharacter => $"Die Datei enthält hier ein unsichtbares Steuerzeichen (U+{(int)fault.Character.GetValueOrDefault():X4}), meist aus einem kopierten Text, und wird nicht gelesen. Bitte das Zeichen löschen.",
            TextFaultKind.Utf16 => "Die Datei ist als UTF-16 gespeichert und wird nicht gelesen. Bitte im Editor mit der Kodierung UTF-8 (ohne BOM) speichern.",
            _ => "Die Datei ist nicht als UTF-8 gespeichert und wird nicht gelesen; Umlaute und ß würden falsch angezeigt. Bitte im Editor mit der Kodierung UTF-8 speichern.",
        });

    /// <summary>A file changed while the build was running; its two readings differ.</summary>
    public static Diagnostic ChangedDuringBuild(SourceLocation location) => Error(
        DiagnosticCodes.ChangedDuringBuild,
        location,
        "Die Datei wurde während der Erstellung geändert. Bitte die Erstellung wiederholen.");

    /// <summary>An entry of <c>aliases</c> that is no address of the site.</summary>
    public static Diagnostic AliasInvalid(SourceLocation location, string alias) => Error(
        DiagnosticCodes.AliasInvalid,
        location,
        $"'{alias}' ist keine gültige frühere Adresse. Eine Adresse unter 'aliases' beginnt mit '/' und besteht aus Teilen mit Buchstaben, Ziffern, '-', '_' und '.', getrennt durch '/', zum Beispiel /bausteine/alter-name/.");

    /// <summary>An alias is the address of an existing page (<paramref name="page"/>), which the redirect would replace.</summary>
    public static Diagnostic AliasTakesPageAddress(SourceLocation location, string alias, string page) => Error(
        DiagnosticCodes.AliasTakesAddress,
        location,
        $"Die frühere Adresse '{alias}' gehört noch einer Seite ({page}). Eine Weiterleitung darf keine bestehende Seite verdecken; bitte den Eintrag unter 'aliases' entfernen.");

    /// <summary>An alias lies inside a published Fassung, whose pages are frozen.</summary>
    public static Diagnostic AliasInsideFassung(SourceLocation location, string alias, string fassungPrefix) => Error(
        DiagnosticCodes.AliasTakesAddress,
        location,
        $"Die frühere Adresse '{alias}' liegt in der eingefrorenen Fassung unter '{fassungPrefix}', deren Seiten sich nicht ändern dürfen. Bitte den Eintrag unter 'aliases' entfernen.");

    /// <summary>Another alias (at <paramref name="first"/>) already redirects from this address.</summary>
    public static Diagnostic AliasDuplicate(SourceLocation location, string alias, SourceLocation first) => Error(
        DiagnosticCodes.AliasDuplicate,
        location,
        $"Die frühere Adresse '{alias}' steht schon unter 'aliases' in {first.Path}:{first.Line}:{first.Column}. Eine Adresse kann nur zu einer Seite weiterleiten.");

    /// <summary>The alias would redirect a page to itself, directly or through other pages' aliases.</summary>
    public static Diagnostic AliasLoop(SourceLocation location, string alias, IReadOnlyList<string> chain) => Error(
        DiagnosticCodes.AliasLoop,
        location,
        chain.Count <= 1
            ? $"Die frühere Adresse '{alias}' ist die Adresse dieser Seite selbst; die Weiterleitung führte im Kreis. Bitte den Eintrag unter 'aliases' entfernen."
            : $"Die frühere Adresse '{alias}' führt im Kreis: Diese Seiten nennen sich reihum als frühere Adresse ({string.Join(" → ", chain)}). Bitte in einer der Seiten den Eintrag unter 'aliases' entfernen.");

    /// <summary>An id or layout name with characters that could make it a path elsewhere.</summary>
    public static Diagnostic UnsafeName(SourceLocation location, string key, string value) => Error(
        DiagnosticCodes.FrontMatterUnknownValue,
        location,
        key == "layout"
            ? $"'{value}' ist kein Layoutname. Erlaubt sind Kleinbuchstaben, Ziffern, '-' und '_', auch mit Bereich (bausteine/baustein)."
            : $"'{value}' ist keine gültige ID. Erlaubt sind Buchstaben, Ziffern, '-', '_' und '.', Teile getrennt durch '/', ohne '..'.");
}
