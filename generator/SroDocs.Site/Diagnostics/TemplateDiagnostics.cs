using SroDocs.Core.Diagnostics;
using static SroDocs.Core.Diagnostics.Diagnostic;
using SroDocs.Site.Templates;

namespace SroDocs.Site.Diagnostics;

/// <summary>The messages about the theme's Handlebars templates (SRO3xxx), reported at the template file.</summary>
public static partial class TemplateDiagnostics
{
    /// <summary>A template does not compile; the message is Handlebars' own.</summary>
    public static Diagnostic SyntaxError(SourceLocation location, Exception exception) => Error(
        DiagnosticCodes.TemplateSyntax,
        location,
        $"Die Vorlage ist fehlerhaft (Meldung von Handlebars: {ErrorPositionSuffix().Replace(exception.Message, "").Trim().TrimEnd('.')}).");

    /// <summary>A block opened at <paramref name="location"/> and never closed.</summary>
    public static Diagnostic BlockNotClosed(SourceLocation location, string name) => Error(
        DiagnosticCodes.TemplateSyntax,
        location,
        $"Der Block '{{{{#{name}}}}}' wird nicht geschlossen. Bitte an seinem Ende '{{{{/{name}}}}}' ergänzen.");

    /// <summary>A <c>{{</c> that is never closed with <c>}}</c>.</summary>
    public static Diagnostic ExpressionNotClosed(SourceLocation location) => Error(
        DiagnosticCodes.TemplateSyntax,
        location,
        "Der Ausdruck, der hier mit '{{' beginnt, wird nicht mit '}}' geschlossen.");

    /// <summary>A closing tag without an open block.</summary>
    public static Diagnostic BlockNotOpened(SourceLocation location, string name) => Error(
        DiagnosticCodes.TemplateSyntax,
        location,
        $"'{{{{/{name}}}}}' schließt einen Block, der nicht geöffnet wurde.");

    /// <summary>A closing tag that does not match the innermost open block.</summary>
    public static Diagnostic BlockClosedWrongly(SourceLocation location, string name, string expected, int openedOnLine) => Error(
        DiagnosticCodes.TemplateSyntax,
        location,
        $"'{{{{/{name}}}}}' passt nicht zum offenen Block '{{{{#{expected}}}}}' aus Zeile {openedOnLine}; erwartet wird '{{{{/{expected}}}}}'.");

    /// <summary>The theme has no <c>layouts/baseof.hbs</c>.</summary>
    public static Diagnostic BaseLayoutMissing(SourceLocation location) => Error(
        DiagnosticCodes.TemplateMissing,
        location,
        $"Das Theme hat kein Grundlayout 'layouts/{ThemeTemplates.BaseLayout}.hbs'.");

    /// <summary>Neither the page's layout nor the fallback layout exists. The message does not name the page.</summary>
    public static Diagnostic LayoutMissing(SourceLocation location, string layout) => Error(
        DiagnosticCodes.TemplateMissing,
        location,
        $"Das Theme hat kein Layout '{layout}.hbs' und kein Ersatzlayout '{ThemeTemplates.FallbackLayout}.hbs'.");

    /// <summary>Rendering the page <paramref name="source"/> failed; lists the messages of the exception chain.</summary>
    public static Diagnostic RenderFailed(SourceLocation location, string source, Exception exception) => Error(
        DiagnosticCodes.TemplateRender,
        location,
        $"Die Vorlage konnte die Seite '{source}' nicht darstellen: {Describe(exception)}");

    /// <summary>A template calls a partial the theme does not have.</summary>
    public static Diagnostic PartialMissing(SourceLocation location, string name, IEnumerable<string> partials) => Error(
        DiagnosticCodes.TemplateSyntax,
        location,
        $"Die Vorlage ruft den Baustein '{{{{> {name}}}}}' auf, den das Theme nicht hat (partials/{name}.hbs).{Suggestion.For(name, partials)}");

    /// <summary>A template uses a name that the page's data does not have (a typo, or a name of another page kind).</summary>
    public static Diagnostic UnknownName(SourceLocation location, string name, IEnumerable<string> known) => Error(
        DiagnosticCodes.TemplateUnknownName,
        location,
        $"Die Vorlage verwendet '{name}', das es in den Daten dieser Seite nicht gibt.{Suggestion.For(name, known)}");

    private static string Describe(Exception exception)
    {
        var messages = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }

        return string.Join(" → ", messages.Distinct());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*Occured at:\s*\d+:\d+\s*$")]
    private static partial System.Text.RegularExpressions.Regex ErrorPositionSuffix();
}
