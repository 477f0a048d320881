using SroDocs.Core.Diagnostics;
using static SroDocs.Core.Diagnostics.Diagnostic;

namespace SroDocs.Site.Diagnostics;

/// <summary>
/// The messages about links (SRO4xxx). The problems the link resolver finds have no location yet: the
/// check that meets the link places them (<c>diagnostic with { Location = … }</c>) or quotes their message.
/// </summary>
public static class LinkDiagnostics
{
    /// <summary>The link's target is empty.</summary>
    public static Diagnostic NoTarget() =>
        Unplaced(DiagnosticCodes.LinkTargetMissing, "Der Link hat kein Ziel.");

    /// <summary>A relative link climbs out of the content folder.</summary>
    public static Diagnostic OutsideContent(string href) =>
        Unplaced(DiagnosticCodes.LinkTargetMissing, $"Das Linkziel '{href}' liegt außerhalb des Inhaltsordners.");

    /// <summary>A link to a <c>.md</c> page that does not exist; <paramref name="searched"/> is the resolved content path.</summary>
    public static Diagnostic PageMissing(string path, string searched) =>
        Unplaced(DiagnosticCodes.LinkTargetMissing, $"Die verlinkte Seite '{path}' gibt es nicht{(searched == path ? "" : $" (gesucht: {searched})")}.");

    /// <summary>A relative link to a file that does not exist.</summary>
    public static Diagnostic FileMissing(string path) =>
        Unplaced(DiagnosticCodes.LinkTargetMissing, $"Die verlinkte Datei '{path}' gibt es nicht. Links auf Seiten enden auf '.md'.");

    /// <summary>A site path (starting with '/') that is neither a page nor a file.</summary>
    public static Diagnostic SitePathMissing(string path) =>
        Unplaced(DiagnosticCodes.LinkTargetMissing, $"Unter '{path}' gibt es keine Seite und keine Datei.");

    /// <summary>An <c>xref:</c> link to an unknown page id; suggests the closest of <paramref name="pageIds"/>.</summary>
    public static Diagnostic UnknownPageId(string id, IEnumerable<string> pageIds) =>
        Unplaced(DiagnosticCodes.XrefUnknown, $"Keine Seite hat die ID '{id}'.{Suggestion.For(id, pageIds)}");

    /// <summary>A <c>glossar:</c> link to a term the glossary does not define.</summary>
    public static Diagnostic GlossaryTermMissing(string id) =>
        Unplaced(DiagnosticCodes.GlossaryTermMissing,
            $"Der Begriff '{id}' steht nicht im Glossar (_data/{ContentLayout.GlossaryFile}). Bitte dort ergänzen oder die ID prüfen.");

    /// <summary>The linked page has no such anchor; suggests the closest of <paramref name="anchors"/>.</summary>
    public static Diagnostic AnchorMissing(string pageTitle, string anchor, string href, IEnumerable<string> anchors) =>
        Unplaced(DiagnosticCodes.LinkAnchorMissing,
            $"Die Seite '{pageTitle}' hat keinen Abschnitt '#{anchor}' (Link '{href}').{Suggestion.For(anchor, anchors, "#")}");

    /// <summary>A broken link in a glossary definition, reported at the term's YAML entry.</summary>
    public static Diagnostic BrokenLinkInDefinition(SourceLocation location, string termId, string href, string reason) =>
        BrokenDataLink(location, href, $"in der Definition von '{termId}'", reason);

    /// <summary>A broken link in the description of the Steckbrief, reported at the Steckbrief.</summary>
    public static Diagnostic BrokenLinkInSteckbrief(SourceLocation location, string href, string reason) =>
        BrokenDataLink(location, href, "in der Beschreibung des Steckbriefs", reason);

    /// <summary>A broken link in a milestone description, reported at the milestone's YAML entry.</summary>
    public static Diagnostic BrokenLinkInMilestone(SourceLocation location, string milestoneId, string href, string reason) =>
        BrokenDataLink(location, href, $"in der Beschreibung von '{milestoneId}'", reason);

    /// <summary>An id occurs twice in one rendered page.</summary>
    public static Diagnostic DuplicateHtmlId(SourceLocation location, string id, string destination) => new(
        DiagnosticCodes.DuplicateHtmlId,
        Severity.Error,
        $"Die Kennung id=\"{id}\" kommt in '{destination}' mehrfach vor; Sprungziele und Screenreader-Bezüge werden dadurch mehrdeutig. Bitte eine Überschrift umbenennen oder ihr einen eigenen Anker geben.",
        location);

    /// <summary>A page loads a resource (an image, a frame …) from another server.</summary>
    public static Diagnostic ForeignResource(SourceLocation location, string tag, string url) => Error(
        DiagnosticCodes.OutputLinkBroken,
        location,
        $"<{tag}> lädt '{Shorten(url)}' von einem fremden Server. Die Website darf nichts von anderen Servern laden (Datenschutz); bitte die Datei in den Inhaltsordner legen und relativ verlinken.");

    /// <summary>A link uses a scheme that can run script or smuggle content (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c> …).</summary>
    public static Diagnostic UnsafeScheme(string href) =>
        Unplaced(DiagnosticCodes.UnsafeScheme, $"Die Adresse '{Shorten(href)}' ist nicht erlaubt. Erlaubt sind Seiten und Dateien dieser Website sowie http, https, mailto und tel.");

    /// <summary>A template loads a resource from another server.</summary>
    public static Diagnostic ForeignResourceInTemplate(SourceLocation location, string tag, string url) => Error(
        DiagnosticCodes.OutputLinkBroken,
        location,
        $"<{tag}> lädt '{Shorten(url)}' von einem fremden Server. Die Website darf nichts von anderen Servern laden (Datenschutz); bitte die Datei ins Theme legen.");

    /// <summary>A stylesheet loads something from another server (<c>url()</c>, <c>@import</c>).</summary>
    public static Diagnostic ForeignResourceInStylesheet(SourceLocation location, string what, string url) => Error(
        DiagnosticCodes.OutputLinkBroken,
        location,
        $"Das Stylesheet lädt mit {what} '{Shorten(url)}' von einem fremden Server. Die Website darf nichts von anderen Servern laden (Datenschutz); bitte die Datei ins Theme legen und relativ einbinden.");

    /// <summary>A template links to a file of the site (after <c>{{root}}</c>) that the site does not produce.</summary>
    public static Diagnostic TemplateLinkMissing(SourceLocation location, string address) => Error(
        DiagnosticCodes.OutputLinkBroken,
        location,
        $"Der Link '{{{{root}}}}{address}' im Theme führt ins Leere: Diese Datei erzeugt die Website nicht.");

    /// <summary>A template links to an anchor no template writes.</summary>
    public static Diagnostic TemplateAnchorMissing(SourceLocation location, string anchor) => Error(
        DiagnosticCodes.OutputLinkBroken,
        location,
        $"Der Link '#{anchor}' im Theme führt ins Leere: Keine Vorlage schreibt id=\"{anchor}\".");

    /// <summary>A template writes a relative address that would point elsewhere on every level of the site.</summary>
    public static Diagnostic TemplateLinkNotFromRoot(SourceLocation location, string address) => new(
        DiagnosticCodes.OutputLinkBroken,
        Severity.Warning,
        $"Der Link '{address}' im Theme hängt davon ab, wie tief eine Seite liegt. Bitte '{{{{root}}}}{address.TrimStart('/')}' schreiben.",
        location);

    private static Diagnostic BrokenDataLink(SourceLocation location, string href, string where, string reason)
    {
        var hint = href.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || href.Contains(".md#", StringComparison.OrdinalIgnoreCase)
            ? " In Datendateien bitte 'xref:<seiten-id>' statt eines Dateipfads verwenden."
            : "";
        return new Diagnostic(DiagnosticCodes.DataLinkBroken, Severity.Error, $"Link '{href}' {where}: {reason}{hint}", location);
    }

    private static Diagnostic Unplaced(string code, string message) => new(code, Severity.Error, message, null);

    private static string Shorten(string url) => url.Length > 80 ? url[..77] + "…" : url;
}
