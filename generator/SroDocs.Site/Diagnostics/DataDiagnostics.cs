using SroDocs.Core.Diagnostics;
using static SroDocs.Core.Diagnostics.Diagnostic;

namespace SroDocs.Site.Diagnostics;

/// <summary>
/// The messages about the build's inputs and the data files in <c>_data/</c> (SRO1xxx). The generic
/// YAML messages that data files share with front matter are in <see cref="YamlDiagnostics"/>.
/// </summary>
public static class DataDiagnostics
{
    /// <summary>The content folder given with --content does not exist.</summary>
    public static Diagnostic ContentFolderMissing(string shownPath) => Error(
        DiagnosticCodes.ContentFolderMissing,
        null,
        $"Der Inhaltsordner '{shownPath}' existiert nicht. Mit --content einen vorhandenen Ordner angeben.");

    /// <summary>The theme folder given with --theme does not exist.</summary>
    public static Diagnostic ThemeFolderMissing(string shownPath) => Error(
        DiagnosticCodes.ThemeFolderMissing,
        null,
        $"Der Theme-Ordner '{shownPath}' existiert nicht. Mit --theme einen vorhandenen Ordner angeben.");

    /// <summary><c>basis_url</c> in the site settings is not an absolute http(s) address.</summary>
    public static Diagnostic InvalidBaseUrl(SourceLocation location, string text) => Error(
        DiagnosticCodes.DataWrongType,
        location,
        $"'basis_url' muss eine vollständige Adresse sein, z. B. https://www.example.org/, gefunden wurde '{text}'.");

    /// <summary><c>repository</c> in the site settings is not the https address of a repository.</summary>
    public static Diagnostic InvalidRepository(SourceLocation location, string text) => Error(
        DiagnosticCodes.DataWrongType,
        location,
        $"'repository' muss die https-Adresse des Repositorys sein, z. B. https://github.com/beispiel/fachkonzept, gefunden wurde '{text}'.");

    /// <summary><c>repository_zweig</c> in the site settings is no name git accepts for a branch.</summary>
    public static Diagnostic InvalidRepositoryBranch(SourceLocation location, string text) => Error(
        DiagnosticCodes.DataWrongType,
        location,
        $"'repository_zweig' muss der Name eines Git-Zweigs sein, z. B. main, ohne Leerzeichen und ohne die Zeichen ~ ^ : ? * [ \\, gefunden wurde '{text}'.");

    /// <summary>A taxonomy facet lists the same id twice.</summary>
    public static Diagnostic DuplicateTaxonomyId(SourceLocation location, string id, string facetKey) => Error(
        DiagnosticCodes.DataDuplicateId,
        location,
        $"Die ID '{id}' kommt in '{facetKey}' mehrfach vor.");

    /// <summary>The glossary defines the same term id twice.</summary>
    public static Diagnostic DuplicateGlossaryTerm(SourceLocation location, string id) => Error(
        DiagnosticCodes.DataDuplicateId,
        location,
        $"Der Glossarbegriff '{id}' ist mehrfach definiert.");

    /// <summary>A glossary term's <c>siehe_auch</c> names a term the glossary does not contain.</summary>
    public static Diagnostic UnknownSeeAlsoTerm(SourceLocation location, string termId) => Error(
        DiagnosticCodes.DataUnknownReference,
        location,
        $"'siehe_auch' verweist auf den Begriff '{termId}', den das Glossar nicht enthält.");

    /// <summary>More than one planning state is marked <c>aktuell: true</c>.</summary>
    public static Diagnostic SeveralCurrentPlans(SourceLocation location, IEnumerable<string> stateIds) => Error(
        DiagnosticCodes.DataDuplicateId,
        location,
        $"Nur ein Planungsstand darf 'aktuell: true' haben, gefunden: {string.Join(", ", stateIds)}.");

    /// <summary>A milestone's <c>termin</c> is in none of the accepted forms.</summary>
    public static Diagnostic UnreadableTermin(SourceLocation location, string text) => Error(
        DiagnosticCodes.DataInvalidDate,
        location,
        $"Der Termin '{text}' ist unverständlich. Erlaubt sind z. B. 2024-01-09, 2024-06, 2023, 'ab 2025-06', 'bis 2025-12' oder '2022-12..2023-01'.");

    /// <summary>A milestone names a Baustein the taxonomy does not know.</summary>
    public static Diagnostic UnknownBaustein(SourceLocation location, string value, string allowed) => Error(
        DiagnosticCodes.DataUnknownReference,
        location,
        $"Unbekannter Baustein '{value}'. Erlaubt: {allowed}.");

    /// <summary>Two milestones share an id.</summary>
    public static Diagnostic DuplicateMilestoneId(SourceLocation location, string id) => Error(
        DiagnosticCodes.DataDuplicateId,
        location,
        $"Die Meilenstein-ID '{id}' kommt mehrfach vor.");

    /// <summary>A milestone is listed after one with a later date (a warning).</summary>
    public static Diagnostic MilestoneOutOfOrder(SourceLocation location, string id, string previousId) => new(
        DiagnosticCodes.DataInvalidDate,
        Severity.Warning,
        $"Der Meilenstein '{id}' liegt zeitlich vor '{previousId}'. Bitte die Meilensteine in zeitlicher Reihenfolge aufführen.",
        location);

    /// <summary>A decision listed in the Steckbrief is not a Rostock decision number.</summary>
    public static Diagnostic InvalidBeschlussInSteckbrief(SourceLocation location, string problem) => Error(
        DiagnosticCodes.DataWrongType,
        location,
        $"Im Steckbrief unter 'beschluesse': {problem}");

    /// <summary>The Steckbrief names a participation step other than the Leitfaden's three.</summary>
    public static Diagnostic UnknownBeteiligungsstufe(SourceLocation location, string value, IEnumerable<string> allowed) => Error(
        DiagnosticCodes.DataWrongType,
        location,
        $"Unbekannte Beteiligungsstufe '{value}'. Der Leitfaden kennt: {string.Join(", ", allowed)}.");

    /// <summary>The Steckbrief names a milestone the current plan in meilensteine.yml does not have.</summary>
    public static Diagnostic UnknownMilestoneInSteckbrief(SourceLocation location, string id, IEnumerable<string> known) => Error(
        DiagnosticCodes.DataUnknownReference,
        location,
        $"Der Steckbrief nennt den Meilenstein '{id}', den der aktuelle Planungsstand in meilensteine.yml nicht enthält. Vorhanden: {(known.Any() ? string.Join(", ", known) : "keine")}.");

    /// <summary>A file of a kind the site does not publish (a warning: the file is left out).</summary>
    public static Diagnostic FileNotPublished(SourceLocation location, string allowed) => new(
        DiagnosticCodes.FileNotPublished,
        Severity.Warning,
        $"Diese Datei wird nicht veröffentlicht: Dateien dieser Art könnten auf der Website Programmcode ausführen oder gehören nicht dorthin. Veröffentlicht werden {allowed}.",
        location);

    /// <summary>A file or folder name that cannot be checked out on Windows or changes the meaning of a web address.</summary>
    public static Diagnostic FileNameBreaking(SourceLocation location, string name, string why) => Error(
        DiagnosticCodes.FileNameBreaking,
        location,
        $"Der Name '{name}' enthält {why}. Solche Namen lassen sich unter Windows nicht auschecken oder ergeben keine gültige Web-Adresse. Bitte umbenennen, z. B. in '{Content.FileNames.PlainFor(name.Trim().TrimEnd('.'))}'.");

    /// <summary>A published name with spaces, umlauts or capitals (a warning: the address works but is awkward to pass on).</summary>
    public static Diagnostic FileNameNotPlain(SourceLocation location, string name, string plain) => new(
        DiagnosticCodes.FileNameNotPlain,
        Severity.Warning,
        $"Der Name '{name}' enthält Leerzeichen, Umlaute, Großbuchstaben oder Sonderzeichen; die Web-Adresse wird dadurch schwer lesbar und lässt sich schlecht weitergeben. Empfohlen: '{plain}'.",
        location);

    /// <summary>A symbolic link that the build does not follow; one that leaves its folder or loops is an error.</summary>
    public static Diagnostic LinkNotFollowed(SourceLocation location, Core.IO.SkipReason reason, string? target, string folderName) => reason switch
    {
        Core.IO.SkipReason.LinkLeavesRoot => Error(
            DiagnosticCodes.LinkLeavesFolder,
            location,
            $"Die Verknüpfung zeigt aus dem {folderName} hinaus ('{target}') und wird nicht verfolgt: Dateien außerhalb werden nie veröffentlicht. Bitte die Datei selbst ablegen."),
        Core.IO.SkipReason.LinkLoops => Error(
            DiagnosticCodes.LinkLeavesFolder,
            location,
            $"Die Verknüpfung zeigt auf einen Ordner, der sie selbst enthält ('{target}'), und wird nicht verfolgt. Bitte entfernen."),
        _ => new Diagnostic(
            DiagnosticCodes.LinkLeavesFolder,
            Severity.Warning,
            $"Die Verknüpfung auf '{target}' wird nicht verfolgt; die Datei selbst wird an ihrem Ort verwendet. Bitte die Verknüpfung entfernen.",
            location),
    };
}
