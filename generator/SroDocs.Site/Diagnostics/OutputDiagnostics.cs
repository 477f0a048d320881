using SroDocs.Core.Diagnostics;
using static SroDocs.Core.Diagnostics.Diagnostic;

namespace SroDocs.Site.Diagnostics;

/// <summary>The messages about the output folder and the files written into it (SRO5xxx).</summary>
public static class OutputDiagnostics
{
    /// <summary>Writing the site failed; the old output stays. <paramref name="cause"/> gives the system's message.</summary>
    public static Diagnostic WriteFailed(SourceLocation location, Exception cause) => Error(
        DiagnosticCodes.OutputWriteFailed,
        location,
        $"Die Website konnte nicht geschrieben werden: {cause.Message} Die bisherige Ausgabe bleibt unverändert.");

    /// <summary>Two documents would be written to the same output file.</summary>
    public static Diagnostic DuplicateOutputPath(SourceLocation location, string destination, string firstSource) =>
        PathConflict(location, $"Die Ausgabedatei '{destination}' entsteht auch aus '{firstSource}'.");

    /// <summary>An output path would leave the output folder (e.g. through '..').</summary>
    public static Diagnostic PathLeavesOutput(SourceLocation location, string path) =>
        PathConflict(location, $"Die Ausgabedatei '{path}' läge außerhalb des Ausgabeordners.");

    /// <summary>An output file has the name that other outputs need for a folder.</summary>
    public static Diagnostic FileNeededAsFolder(SourceLocation location, string path) =>
        PathConflict(location, $"'{path}' wird als Datei geschrieben, andere Ausgaben brauchen denselben Namen aber als Ordner.");

    /// <summary>
    /// The output folder is, contains or lies inside a folder that replacing it would destroy;
    /// <paramref name="folderName"/> is e.g. "Inhaltsordner".
    /// </summary>
    public static Diagnostic OutputFolderOverlaps(string shownOutput, string folderName, string shownFolder) =>
        UnsafeOutputFolder(shownOutput, $"Er überschneidet sich mit dem {folderName} '{shownFolder}', der beim Ersetzen verloren ginge.");

    /// <summary>The output folder is the root of a file system (e.g. <c>/</c>).</summary>
    public static Diagnostic OutputFolderIsRoot(string shownOutput) =>
        UnsafeOutputFolder(shownOutput, "Er ist die Wurzel des Dateisystems und würde beim Ersetzen alles löschen.");

    /// <summary>Another build is writing into the same output right now, or the staging folder cannot be made.</summary>
    public static Diagnostic OutputBusy(string shownOutput, Exception cause) => Error(
        DiagnosticCodes.OutputWriteFailed,
        null,
        $"In den Ausgabeordner '{shownOutput}' kann gerade nicht geschrieben werden ({cause.Message}). Läuft noch eine andere Erstellung? Die bisherige Ausgabe bleibt unverändert.");

    /// <summary>The output folder holds files that no SroDocs build wrote.</summary>
    public static Diagnostic OutputFolderNotOurs(string shownOutput) =>
        UnsafeOutputFolder(shownOutput, "Er enthält bereits Dateien, die nicht von SroDocs stammen. Bitte einen leeren oder neuen Ordner angeben.");

    /// <summary>Pagefind could not index the written site; nothing is published, the old output stays.</summary>
    public static Diagnostic SearchIndexFailed(string reason) => Error(
        DiagnosticCodes.SearchIndexFailed,
        null,
        $"Der Suchindex konnte nicht erstellt werden: {reason} Die bisherige Ausgabe bleibt unverändert.");

    private static Diagnostic PathConflict(SourceLocation location, string message) =>
        Error(DiagnosticCodes.OutputPathConflict, location, message + " Bitte eine der Dateien umbenennen.");

    private static Diagnostic UnsafeOutputFolder(string shownOutput, string reason) => new(
        DiagnosticCodes.OutputFolderUnsafe,
        Severity.Error,
        $"Der Ausgabeordner '{shownOutput}' kann nicht verwendet werden: {reason}",
        null);
}
