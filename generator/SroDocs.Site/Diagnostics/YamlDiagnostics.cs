using SroDocs.Core.Diagnostics;
using static SroDocs.Core.Diagnostics.Diagnostic;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Diagnostics;

/// <summary>
/// The generic messages of YAML reading, shared by front matter (SRO2xxx) and data files (SRO1xxx).
/// Each factory takes the <see cref="YamlErrors"/> of the file being read and picks its code from there.
/// </summary>
public static class YamlDiagnostics
{
    /// <summary>The YAML parser rejected the text; <paramref name="detail"/> is the parser's own message.</summary>
    public static Diagnostic InvalidSyntax(YamlErrors errors, SourceLocation location, string detail) =>
        Error(errors.Syntax, location, SyntaxMessage(detail));

    /// <summary>An anchor (<c>&amp;a</c>), alias (<c>*a</c>) or merge key (<c>&lt;&lt;</c>): refused in every YAML file.</summary>
    public static Diagnostic AliasNotAllowed(YamlErrors errors, SourceLocation location, string what) =>
        Error(errors.Syntax, location, $"YAML-Verweise ('{what}') sind nicht erlaubt. Bitte den Wert ausschreiben; Anker, Verweise und '<<' werden nicht verarbeitet.");

    /// <summary>A value holding a control character (usually written as an escape like "\x1e").</summary>
    public static Diagnostic ControlCharacter(YamlErrors errors, SourceLocation location, char control) =>
        Error(errors.Syntax, location, $"Der Wert enthält ein unsichtbares Steuerzeichen (U+{(int)control:X4}), das keine Seite anzeigen kann. Bitte entfernen.");

    /// <summary>A bracket opened at <paramref name="location"/> and never closed.</summary>
    public static Diagnostic UnclosedBracket(YamlErrors errors, SourceLocation location, char bracket) =>
        Error(errors.Syntax, location, $"Die Klammer '{bracket}' wird nicht geschlossen. Bitte am Ende der Liste '{(bracket == '[' ? ']' : '}')}' ergänzen.");

    /// <summary>The parser gave up on an unfinished value it cannot point at.</summary>
    public static Diagnostic UnfinishedValue(YamlErrors errors, SourceLocation location) =>
        Error(errors.Syntax, location, "Der Wert hier ist unvollständig: eine Klammer oder ein Anführungszeichen wird nicht geschlossen.");

    /// <summary>A quoted value whose closing quote is missing.</summary>
    public static Diagnostic UnclosedQuote(YamlErrors errors, SourceLocation location) =>
        Error(errors.Syntax, location, "Das Anführungszeichen hier wird nicht geschlossen. Bitte am Ende des Werts dasselbe Anführungszeichen ergänzen.");

    /// <summary>A line indented with a tab.</summary>
    public static Diagnostic IndentingTab(YamlErrors errors, SourceLocation location) =>
        Error(errors.Syntax, location, "Die Zeile ist mit einem Tabulator eingerückt; in den YAML-Angaben sind nur Leerzeichen erlaubt.");

    /// <summary>A key written twice in one mapping; the location is the second.</summary>
    public static Diagnostic DuplicateKey(YamlErrors errors, SourceLocation location, string key) =>
        Error(errors.Syntax, location, $"'{key}' steht zweimal in denselben Angaben. Bitte eine der beiden Zeilen löschen.");

    /// <summary>A colon where the parser did not expect a key: a wrongly indented line, or a value with ': ' in it.</summary>
    public static Diagnostic UnexpectedColon(YamlErrors errors, SourceLocation location) =>
        Error(errors.Syntax, location, "Hier steht ein Doppelpunkt, wo kein neuer Schlüssel beginnen kann: entweder ist die Zeile falsch eingerückt, oder der Wert enthält ': ' und muss in Anführungszeichen stehen.");

    /// <summary>A line that begins with a colon: the key in front of it is missing.</summary>
    public static Diagnostic KeyMissing(YamlErrors errors, SourceLocation location) =>
        Error(errors.Syntax, location, "Vor diesem Doppelpunkt fehlt der Name der Angabe (etwa 'title: …'). Bitte den Namen ergänzen oder die Zeile löschen.");

    /// <summary>The document is valid YAML but not a mapping of keys to values.</summary>
    public static Diagnostic RootNotAMapping(YamlErrors errors, SourceLocation location) =>
        Error(errors.Syntax, location, "Die YAML-Angaben müssen aus Zeilen der Form 'schluessel: wert' bestehen.");

    /// <summary>A required key is absent.</summary>
    public static Diagnostic RequiredMissing(YamlErrors errors, SourceLocation location, string key) =>
        Error(errors.RequiredMissing, location, $"Pflichtangabe '{key}' fehlt.");

    /// <summary>A required key has an empty value.</summary>
    public static Diagnostic RequiredEmpty(YamlErrors errors, SourceLocation location, string key) =>
        Error(errors.RequiredMissing, location, $"Pflichtangabe '{key}' ist leer.");

    /// <summary>A required list has no entries.</summary>
    public static Diagnostic RequiredListEmpty(YamlErrors errors, SourceLocation location, string key) =>
        Error(errors.RequiredMissing, location, $"'{key}' darf nicht leer sein.");

    /// <summary>A list or section where a single value belongs.</summary>
    public static Diagnostic NotASingleValue(YamlErrors errors, SourceLocation location, string key) =>
        Error(errors.WrongType, location, $"'{key}' muss ein einzelner Wert sein, keine Liste und kein Abschnitt.");

    /// <summary>A value that should be a whole number.</summary>
    public static Diagnostic NotAnInteger(YamlErrors errors, SourceLocation location, string key, string text) =>
        Error(errors.WrongType, location, $"'{key}' muss eine ganze Zahl sein, gefunden wurde '{text}'.");

    /// <summary>A value that should be an absolute http(s) address.</summary>
    public static Diagnostic NotAWebAddress(YamlErrors errors, SourceLocation location, string key, string text) =>
        Error(errors.WrongType, location, $"'{key}' muss eine vollständige Web-Adresse sein, die mit https:// oder http:// beginnt, gefunden wurde '{text}'.");

    /// <summary>A value that should be true or false.</summary>
    public static Diagnostic NotABoolean(YamlErrors errors, SourceLocation location, string key, string text) =>
        Error(errors.WrongType, location, $"'{key}' muss 'true' oder 'false' sein, gefunden wurde '{text}'.");

    /// <summary>A value that should be a date written JJJJ-MM-TT.</summary>
    public static Diagnostic NotADate(YamlErrors errors, SourceLocation location, string key, string text) =>
        Error(errors.InvalidDate, location, $"'{key}' muss ein Datum im Format JJJJ-MM-TT sein (z. B. 2024-01-09), gefunden wurde '{text}'.");

    /// <summary>An entry of a list of texts is itself a list, a section or empty.</summary>
    public static Diagnostic ListItemNotText(YamlErrors errors, SourceLocation location, string key) =>
        Error(errors.WrongType, location, $"Jeder Eintrag in '{key}' muss ein einfacher Text sein.");

    /// <summary>A section where a list of texts belongs.</summary>
    public static Diagnostic NotAList(YamlErrors errors, SourceLocation location, string key) =>
        Error(errors.WrongType, location, $"'{key}' muss eine Liste sein, z. B. [a, b].");

    /// <summary>A single value or section where a list of entries belongs.</summary>
    public static Diagnostic NotAListOfEntries(YamlErrors errors, SourceLocation location, string key) =>
        Error(errors.WrongType, location, $"'{key}' muss eine Liste von Einträgen sein (jede Zeile beginnt mit '- ').");

    /// <summary>An entry of a list of entries is not made of keys and values.</summary>
    public static Diagnostic ListItemNotAMapping(YamlErrors errors, SourceLocation location, string key) =>
        Error(errors.WrongType, location, $"Jeder Eintrag in '{key}' muss aus Schlüsseln und Werten bestehen (z. B. 'id: …').");

    /// <summary>A single value or list where a section of keys and values belongs.</summary>
    public static Diagnostic NotAMapping(YamlErrors errors, SourceLocation location, string key) =>
        Error(errors.WrongType, location, $"'{key}' muss aus Schlüsseln und Werten bestehen.");

    /// <summary>
    /// A key the reader does not know (a warning). <paramref name="where"/> says where it was found, e.g.
    /// "im Front Matter"; <paramref name="allowed"/> feeds the "did you mean" hint.
    /// </summary>
    public static Diagnostic UnknownKey(YamlErrors errors, SourceLocation location, string name, string where, IEnumerable<string> allowed) => new(
        errors.UnknownKey,
        Severity.Warning,
        $"Unbekannter Schlüssel '{name}' {where}; er wird ignoriert.{Suggestion.For(name, allowed, maxDistance: 2)}",
        location);

    private static string SyntaxMessage(string detail)
    {
        var cut = detail.IndexOf("): ", StringComparison.Ordinal);
        if (detail.StartsWith('(') && cut > 0)
        {
            detail = detail[(cut + 3)..];
        }

        return "Die YAML-Angaben sind ungültig. Häufige Ursachen: falsche Einrückung, ein Tabulator, ein fehlender "
            + "Doppelpunkt oder ein Doppelpunkt im Wert ohne Anführungszeichen. "
            + $"(Meldung des YAML-Lesers: {detail.TrimEnd('.')}.)";
    }
}
