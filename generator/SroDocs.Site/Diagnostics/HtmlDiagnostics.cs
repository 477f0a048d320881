using Ganss.Xss;
using SroDocs.Core.Diagnostics;
using SroDocs.Site.Html;
using static SroDocs.Core.Diagnostics.Diagnostic;

namespace SroDocs.Site.Diagnostics;

/// <summary>The messages about HTML and attributes written in Markdown (SRO2014–SRO2016): what the site does not publish.</summary>
public static class HtmlDiagnostics
{
    /// <summary>The sanitiser removes an element or attribute the author wrote.</summary>
    public static Diagnostic Removed(SourceLocation location, HtmlRemoval removal) => Error(
        DiagnosticCodes.HtmlNotAllowed,
        location,
        removal.Reason switch
        {
            RemoveReason.NotAllowedTag => $"Das HTML-Element <{removal.Tag}> ist nicht erlaubt und wird nicht veröffentlicht.{TagHint(removal.Tag)}",
            RemoveReason.NotAllowedUrlValue => $"Die Adresse '{Shorten(removal.Value ?? "")}' in '{removal.Attribute}' an <{removal.Tag}> ist nicht erlaubt. Erlaubt sind Adressen auf dieser Website sowie http, https, mailto und tel.",
            RemoveReason.NotAllowedStyle => $"Eigene Formatierungen ('style') an <{removal.Tag}> sind nicht erlaubt. Bitte Markdown verwenden.",
            _ when removal.Attribute is { } attribute && attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase) =>
                $"Das Attribut '{attribute}' an <{removal.Tag}> würde ein Skript ausführen und ist nicht erlaubt.",
            _ => $"Das Attribut '{removal.Attribute}' an <{removal.Tag}> ist nicht erlaubt und wird nicht veröffentlicht. Erlaubt sind unter anderem id, class, href, alt und title.",
        });

    /// <summary>HTML in Markdown links to a page or file of the site, which only Markdown links can resolve under every address.</summary>
    public static Diagnostic SiteAddressInHtml(SourceLocation location, string tag, string address) => Error(
        DiagnosticCodes.HtmlNotAllowed,
        location,
        tag == "a"
            ? $"Der HTML-Link '{Shorten(address)}' zeigt auf eine Seite oder Datei dieser Website. Bitte als Markdown-Link schreiben: [Text](seite.md)."
            : $"Das HTML-Element <{tag}> bindet '{Shorten(address)}' ein. Bilder dieser Website bitte in Markdown einbinden: ![Beschreibung](bild.png).");

    /// <summary>A Markdown attribute (<c>{…}</c>) other than an id or a class.</summary>
    public static Diagnostic AttributeNotAllowed(SourceLocation location, string attribute) => Error(
        DiagnosticCodes.MarkdownAttributeNotAllowed,
        location,
        $"Das Attribut '{attribute}' ist in Markdown nicht erlaubt{(attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase) ? " (es würde ein Skript ausführen)" : "")}. Erlaubt sind nur ein Anker {{#name}} und Klassen {{.name}}.");

    /// <summary>The page's HTML would be read differently by a browser than by the check (mutation XSS).</summary>
    public static Diagnostic Ambiguous(SourceLocation location) => Error(
        DiagnosticCodes.HtmlAmbiguous,
        location,
        "Das HTML dieser Seite ist mehrdeutig verschachtelt und würde im Browser anders gelesen als geprüft. Bitte das HTML vereinfachen oder Markdown verwenden.");

    private static string TagHint(string tag) => tag.ToLowerInvariant() switch
    {
        "script" or "iframe" or "object" or "embed" or "frame" or "frameset" => " Skripte und eingebettete fremde Inhalte sind auf der Website nicht möglich.",
        "form" or "input" or "button" or "select" or "textarea" => " Formulare sind auf der Website nicht möglich.",
        "style" or "link" or "meta" or "base" => " Gestaltung und Kopfangaben kommen aus dem Theme.",
        "svg" or "math" => " Grafiken bitte als Bilddatei einbinden.",
        _ => "",
    };

    private static string Shorten(string value) => value.Length > 80 ? value[..77] + "…" : value;
}
