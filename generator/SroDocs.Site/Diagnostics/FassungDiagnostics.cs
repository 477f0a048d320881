using SroDocs.Core.Diagnostics;
using static SroDocs.Core.Diagnostics.Diagnostic;

namespace SroDocs.Site.Diagnostics;

/// <summary>The messages about frozen Fassungen: their manifests, their files, and requests to freeze or decide one.</summary>
public static class FassungDiagnostics
{
    public static Diagnostic NotABeschluss(SourceLocation location, string problem) =>
        Error(DiagnosticCodes.FassungWrongValue, location, problem);

    public static Diagnostic UnknownStatus(SourceLocation location, string text) =>
        Error(DiagnosticCodes.FassungWrongValue, location, $"'{text}' ist kein Status einer Fassung. Erlaubt: vorlage, beschlossen.");

    public static Diagnostic DecisionDateMissing(SourceLocation location) =>
        Error(DiagnosticCodes.FassungRequiredMissing, location, "Eine beschlossene Fassung braucht 'beschlossen_am'.");

    public static Diagnostic NotAHash(SourceLocation location, string text) =>
        Error(DiagnosticCodes.FassungWrongValue, location, $"'{text}' ist keine SHA-256-Prüfsumme (64 Zeichen 0–9, a–f).");

    public static Diagnostic UnsafePath(SourceLocation location, string path) =>
        Error(DiagnosticCodes.FassungWrongValue, location, $"'{path}' ist kein Pfad innerhalb der Fassung.");

    public static Diagnostic FolderDoesNotMatch(SourceLocation location, string folder, string slug) =>
        Error(DiagnosticCodes.FassungFolderName, location, $"Der Ordner heißt '{folder}', zur Beschlussnummer gehört aber '{slug}'. Eine Fassung wird nie umbenannt; bitte den Ordner zurückbenennen.");

    public static Diagnostic RootHashMismatch(SourceLocation location, string written, string computed) =>
        Error(DiagnosticCodes.FassungRootMismatch, location, $"Die Wurzel-Prüfsumme passt nicht zur Liste der Dateien (eingetragen {written}, aus der Liste berechnet {computed}). Die Liste wurde nach dem Einfrieren verändert.");

    public static Diagnostic FileChanged(SourceLocation location, string frozen, string now) =>
        Error(DiagnosticCodes.FassungFileChanged, location, $"Die Datei wurde nach dem Einfrieren verändert (eingefroren SHA-256 {frozen}, jetzt {now}). Eine Fassung ist unveränderlich; bitte die Änderung zurücknehmen.");

    public static Diagnostic FileAdded(SourceLocation location, string now) =>
        Error(DiagnosticCodes.FassungFileAdded, location, $"Die Datei gehört nicht zur eingefrorenen Fassung (SHA-256 {now}, in fassung.yml nicht verzeichnet). Bitte entfernen.");

    public static Diagnostic FileRemoved(SourceLocation location, string frozen) =>
        Error(DiagnosticCodes.FassungFileRemoved, location, $"Die Datei der eingefrorenen Fassung fehlt (eingefroren SHA-256 {frozen}). Bitte wiederherstellen.");

    public static Diagnostic ManifestMissing(SourceLocation location) =>
        Error(DiagnosticCodes.FassungRequiredMissing, location, "Der Ordner enthält keine fassung.yml. Fassungen entstehen nur mit dem Befehl 'snapshot'.");

    public static Diagnostic Duplicate(SourceLocation location, string beschluss, string first) =>
        Error(DiagnosticCodes.FassungDuplicate, location, $"Zum Beschluss {beschluss} gibt es schon die Fassung '{first}'.");

    public static Diagnostic RequestInvalid(string message) => Error(DiagnosticCodes.FassungRequestInvalid, null, message);
}
