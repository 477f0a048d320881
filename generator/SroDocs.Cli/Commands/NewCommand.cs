using System.CommandLine;
using SroDocs.Cli.Reporting;
using SroDocs.Site.Authoring;

namespace SroDocs.Cli.Commands;

/// <summary>
/// <c>new baustein|seite|begriff|meilenstein</c>: creates a page or a data entry with valid front matter, defaults from the
/// taxonomy and today, placeholders where the text is not known. It asks nothing and never overwrites: a wrong argument
/// exits with 2, an existing file or entry with 1, and then nothing is written.
/// </summary>
public static class NewCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("new", "Legt einen Baustein, eine Seite, einen Glossarbegriff oder einen Meilenstein mit gültigen Angaben an; überschreibt nie etwas.");
        command.Subcommands.Add(Baustein(environment));
        command.Subcommands.Add(Seite(environment));
        command.Subcommands.Add(Begriff(environment));
        command.Subcommands.Add(Meilenstein(environment));
        return command;
    }

    private static Command Baustein(CliEnvironment environment)
    {
        var kennung = new Argument<string>("kennung") { Description = "Kennung des Bausteins, z. B. sozialraumbudget; zugleich der Dateiname unter bausteine/" };
        var titel = Text("--titel", "titel", "Name des Bausteins; für einen Baustein, den die Taxonomie noch nicht nennt, nötig (Standard: der Name aus der Taxonomie)");
        var kurzname = Text("--kurzname", "kurzname", "Kurzer Name für Übersichten, nur für einen neuen Eintrag in der Taxonomie");
        var ebenen = List("--ebene", "ebene", "Ebene, die der Baustein betrifft; mehrfach oder mit Komma getrennt (Standard: alle Ebenen der Taxonomie, als Platzhalter markiert)");
        var status = Text("--status", "status", "Status im Zyklus (Standard: der erste Status der Taxonomie)");
        var zyklus = Text("--zyklus", "zahl", "Durchlauf des Zyklus (Standard: 1)");
        var (beschreibung, stand, content) = (Description(), Stand(), Content());
        var command = new Command("baustein", "Legt die Seite bausteine/<kennung>.md an und trägt einen neuen Baustein in die Taxonomie ein.") { kennung, titel, kurzname, ebenen, status, zyklus, beschreibung, stand, content };
        command.SetAction(result => Run(environment, result, content, stand, (folder, day) => NewBaustein.Plan(
            new NewBaustein.Request(result.GetValue(kennung)!, day)
            {
                Titel = result.GetValue(titel),
                Kurzname = result.GetValue(kurzname),
                Beschreibung = result.GetValue(beschreibung),
                Ebenen = TextInput.Split(result.GetValue(ebenen) ?? []),
                Status = result.GetValue(status),
                Zyklus = result.GetValue(zyklus),
            },
            folder)));
        return command;
    }

    private static Command Seite(CliEnvironment environment)
    {
        var pfad = new Argument<string>("pfad") { Description = "Pfad im Inhaltsordner, z. B. projekt/neues-thema; die Seite eines neuen Bereichs heißt <ordner>/_index" };
        var titel = Text("--titel", "titel", "Titel der Seite; nötig");
        var (beschreibung, stand, content) = (Description(), Stand(), Content());
        var command = new Command("seite", "Legt eine Seite mit gültigem Front Matter und einem Platzhalter für den Text an.") { pfad, titel, beschreibung, stand, content };
        command.SetAction(result => Run(environment, result, content, stand, (folder, day) => NewPage.Plan(
            new NewPage.Request(result.GetValue(pfad)!, result.GetValue(titel), day) { Beschreibung = result.GetValue(beschreibung) },
            folder)));
        return command;
    }

    private static Command Begriff(CliEnvironment environment)
    {
        var begriff = new Argument<string>("begriff") { Description = "Der Begriff, wie er im Text steht, z. B. \"Netzwerkkarte\"" };
        var erklaerung = Text("--erklaerung", "text", "Erklärung des Begriffs in Markdown (Standard: ein Platzhalter)");
        var kurz = Text("--kurz", "text", "Erklärung in einem Satz für Hinweise im Text (Standard: der erste Satz der Erklärung)");
        var abkuerzung = Text("--abkuerzung", "abkuerzung", "Abkürzung, die im Text ebenfalls erkannt wird, z. B. HPV");
        var id = Text("--kennung", "kennung", "Kennung und Anker im Glossar (Standard: aus Abkürzung oder Begriff gebildet)");
        var content = Content();
        var command = new Command("begriff", "Ergänzt einen Begriff am Ende von _data/glossar.yml; Kommentare und alle übrigen Zeilen bleiben unverändert.") { begriff, erklaerung, kurz, abkuerzung, id, content };
        command.SetAction(result => Run(environment, result, content, null, (folder, _) => NewTerm.Plan(
            new NewTerm.Request(result.GetValue(begriff)!)
            {
                Erklaerung = result.GetValue(erklaerung),
                Kurz = result.GetValue(kurz),
                Abkuerzung = result.GetValue(abkuerzung),
                Kennung = result.GetValue(id),
            },
            folder)));
        return command;
    }

    private static Command Meilenstein(CliEnvironment environment)
    {
        var titel = Text("--titel", "titel", "Titel des Meilensteins; nötig");
        var datum = Text("--datum", "datum", "Geplanter Termin im Format JJJJ-MM-TT, auch JJJJ-MM, JJJJ, \"ab JJJJ-MM\", \"bis JJJJ-MM\" oder JJJJ-MM..JJJJ-MM (Standard: ohne Termin)");
        var erreicht = Text("--erreicht", "datum", "Tag, an dem der Meilenstein belegt erreicht wurde, im Format JJJJ-MM-TT");
        var bausteine = List("--baustein", "baustein", "Baustein, den der Meilenstein betrifft; mehrfach oder mit Komma getrennt (Standard: keiner)");
        var id = Text("--kennung", "kennung", "Kennung und Anker im Zeitplan (Standard: aus dem Titel gebildet)");
        var planungsstand = Text("--planungsstand", "kennung", "Planungsstand, zu dem der Meilenstein gehört (Standard: der aktuelle)");
        var beschreibung = Text("--beschreibung", "text", "Beschreibung für den Zeitplan in Markdown, z. B. was geplant ist und was davon belegt ist");
        var content = Content();
        var command = new Command("meilenstein", "Ergänzt einen Meilenstein in _data/meilensteine.yml, nach Termin eingeordnet; Kommentare und alle übrigen Zeilen bleiben unverändert.") { titel, datum, erreicht, bausteine, beschreibung, id, planungsstand, content };
        command.SetAction(result => Run(environment, result, content, null, (folder, _) => NewMilestone.Plan(
            new NewMilestone.Request(result.GetValue(titel))
            {
                Datum = result.GetValue(datum),
                Erreicht = result.GetValue(erreicht),
                Bausteine = TextInput.Split(result.GetValue(bausteine) ?? []),
                Beschreibung = result.GetValue(beschreibung),
                Kennung = result.GetValue(id),
                Planungsstand = result.GetValue(planungsstand),
            },
            folder)));
        return command;
    }

    private static int Run(CliEnvironment environment, ParseResult result, Option<string> contentOption, Option<string?>? standOption, Func<ContentFolder, DateOnly, AuthoringResult> plan)
    {
        if (!SiteCommandOptions.TryReadStand(standOption is null ? null : result.GetValue(standOption), out var stand, out var standError))
        {
            environment.Error.WriteLine("Fehler: " + standError);
            return ExitCodes.Usage;
        }

        var content = new ContentFolder(result.GetValue(contentOption)!);
        if (!Directory.Exists(content.Root))
        {
            environment.Error.WriteLine($"Fehler: Der Inhaltsordner '{content.Root}' existiert nicht. Nichts geschrieben.");
            return ExitCodes.ContentErrors;
        }

        var planned = plan(content, stand);
        if ((planned.Refusal ?? ContentEditWriter.Write(planned.Edits, content)) is { } refusal)
        {
            new DiagnosticPrinter(environment.Output, environment.GitHubActions).Print(refusal.Diagnostics);
            environment.Error.WriteLine("Fehler: " + refusal.Message);
            return refusal.Kind == RefusalKind.Usage ? ExitCodes.Usage : ExitCodes.ContentErrors;
        }

        foreach (var edit in planned.Edits)
        {
            environment.Output.WriteLine(edit.Creates
                ? $"Angelegt: {content.Display(edit.ContentPath)} – {edit.What}"
                : $"Ergänzt: {content.Display(edit.ContentPath)} ab Zeile {edit.Line} – {edit.What}");
        }

        var check = "dotnet run --project generator/SroDocs.Cli -- check" + (content.Root == "content" ? "" : $" --content {content.Root}");
        environment.Output.WriteLine($"Nächster Schritt: {planned.NextStep} Dann prüfen mit: {check}");
        return ExitCodes.Success;
    }

    private static Option<string?> Text(string name, string helpName, string description) => new(name) { HelpName = helpName, Description = description };

    private static Option<string[]> List(string name, string helpName, string description) => new(name) { HelpName = helpName, Description = description };

    private static Option<string?> Description() => Text("--beschreibung", "text", "Ein Satz für Übersichten und Suchmaschinen (Standard: der erste Absatz der Seite)");

    private static Option<string?> Stand() => Text("--stand", "datum", "Datum für 'stand' im Format JJJJ-MM-TT (Standard: heute)");

    private static Option<string> Content() => new("--content") { HelpName = "ordner", Description = "Ordner mit den Markdown-Seiten und _data/", DefaultValueFactory = _ => "content" };
}
