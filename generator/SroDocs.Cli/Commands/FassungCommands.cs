using System.CommandLine;
using System.Globalization;
using SroDocs.Cli.Reporting;
using SroDocs.Core.Diagnostics;
using SroDocs.Site.Fassungen;
using SroDocs.Site.Templates;

namespace SroDocs.Cli.Commands;

/// <summary>
/// <c>snapshot</c> freezes the current content as a Fassung, <c>beschliessen</c> marks a Vorlage as decided, and
/// <c>verify</c> checks every Fassung against its manifest. Bad input is one German sentence and exit code 1, with
/// nothing written.
/// </summary>
public static class FassungCommands
{
    public static Command Snapshot(CliEnvironment environment)
    {
        var options = new SiteCommandOptions();
        var beschluss = new Option<string>("--beschluss") { HelpName = "nummer", Description = "Beschlussnummer, z. B. 2021/BV/2536", Required = true };
        var titel = new Option<string>("--titel") { HelpName = "titel", Description = "Titel der Fassung", Required = true };
        var datum = new Option<string?>("--datum") { HelpName = "datum", Description = "Tag des Beschlusses im Format JJJJ-MM-TT; entfällt bei --status vorlage" };
        var status = new Option<string>("--status") { HelpName = "status", Description = "beschlossen oder vorlage (vor dem Beschluss eingefroren)", DefaultValueFactory = _ => "beschlossen" };
        var gueltig = new Option<string?>("--gueltig-ab") { HelpName = "datum", Description = "Beginn der Gültigkeit im Format JJJJ-MM-TT (Standard: der Tag des Beschlusses)" };
        var gremium = new Option<string>("--gremium") { HelpName = "gremium", Description = "Gremium, das beschließt", DefaultValueFactory = _ => FassungManifest.DefaultGremium };
        var command = new Command("snapshot", "Friert den aktuellen Inhalt als Fassung zu einem Beschluss ein (unter fassungen/<beschluss>/).");
        options.AddTo(command);
        foreach (var option in new Option[] { beschluss, titel, datum, status, gueltig, gremium })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, token) =>
        {
            var (request, error) = options.Read(result, null);
            if (request is null)
            {
                return Refuse(environment, error!);
            }

            var number = BeschlussNummer.Parse(result.GetValue(beschluss)!, out var problem);
            if (number is null)
            {
                return Refuse(environment, problem!);
            }

            if (FassungStatusNames.FromId(result.GetValue(status)!) is not { } state)
            {
                return Refuse(environment, $"--status erwartet 'beschlossen' oder 'vorlage' (angegeben: '{result.GetValue(status)}').");
            }

            if (!TryDate(result.GetValue(datum), "--datum", out var decided, out error) || !TryDate(result.GetValue(gueltig), "--gueltig-ab", out var valid, out error))
            {
                return Refuse(environment, error!);
            }

            if (state == FassungStatus.Vorlage && decided is not null)
            {
                return Refuse(environment, "Eine Vorlage ist noch nicht beschlossen und hat kein --datum; das Datum kommt später mit dem Befehl 'beschliessen'.");
            }

            // Only content without errors is frozen, and only while every existing Fassung is intact.
            var check = await request.RunAsync(token);
            new DiagnosticPrinter(environment.Output, environment.GitHubActions).Print(check.Diagnostics);
            if (check.HasErrors)
            {
                environment.Output.WriteLine($"Fassung nicht eingefroren: {check.Summary}. Bitte zuerst die Fehler beheben.");
                return ExitCodes.ContentErrors;
            }

            var (inputs, _) = request.Folders.ToInputs();
            var today = request.Settings(inputs!).ReferenceDate;
            var diagnostics = new DiagnosticBag();
            var frozen = FassungFreezer.Freeze(
                new FreezeRequest(number, result.GetValue(titel)!, state, decided, valid, result.GetValue(gremium)!, today),
                inputs!.Content, request.Folders.FassungenRoot!, diagnostics);
            if (frozen is null)
            {
                new DiagnosticPrinter(environment.Output, environment.GitHubActions).Print(diagnostics.ToSortedArray());
                environment.Output.WriteLine("Fassung nicht eingefroren.");
                return ExitCodes.ContentErrors;
            }

            environment.Output.WriteLine($"Fassung {frozen.Beschluss} eingefroren: {Path.Combine(request.Folders.FassungenRoot!, frozen.Slug)} ({frozen.Dateien.Length} Dateien, {frozen.Status.Label()}).");
            environment.Output.WriteLine($"Wurzel-Prüfsumme (SHA-256): {frozen.Wurzel}");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Decide(CliEnvironment environment)
    {
        var options = new SiteCommandOptions();
        var beschluss = new Option<string>("--beschluss") { HelpName = "nummer", Description = "Beschlussnummer der Vorlage", Required = true };
        var datum = new Option<string>("--datum") { HelpName = "datum", Description = "Tag des Beschlusses im Format JJJJ-MM-TT", Required = true };
        var gueltig = new Option<string?>("--gueltig-ab") { HelpName = "datum", Description = "Beginn der Gültigkeit im Format JJJJ-MM-TT (Standard: der Tag des Beschlusses)" };
        var command = new Command("beschliessen", "Vermerkt, dass eine als Vorlage eingefrorene Fassung beschlossen wurde. Ihr Text bleibt unverändert.");
        options.AddTo(command);
        command.Options.Add(beschluss);
        command.Options.Add(datum);
        command.Options.Add(gueltig);
        command.SetAction(result =>
        {
            var (request, error) = options.Read(result, null);
            if (request is null)
            {
                return Refuse(environment, error!);
            }

            var number = BeschlussNummer.Parse(result.GetValue(beschluss)!, out var problem);
            if (number is null)
            {
                return Refuse(environment, problem!);
            }

            if (!TryDate(result.GetValue(datum), "--datum", out var decided, out error) || !TryDate(result.GetValue(gueltig), "--gueltig-ab", out var valid, out error))
            {
                return Refuse(environment, error!);
            }

            var diagnostics = new DiagnosticBag();
            var library = FassungLibrary.Read(request.Folders.Fassungen, diagnostics);
            if (diagnostics.HasErrors)
            {
                new DiagnosticPrinter(environment.Output, environment.GitHubActions).Print(diagnostics.ToSortedArray());
                environment.Output.WriteLine("Nichts geändert: Die Fassungen sind nicht unverändert.");
                return ExitCodes.ContentErrors;
            }

            if (library.BySlug(number.Slug) is not { } fassung)
            {
                return Refuse(environment, $"Zum Beschluss {number} gibt es keine eingefrorene Fassung in '{request.Folders.FassungenRoot}'.");
            }

            var (inputs, _) = request.Folders.ToInputs();
            var today = inputs is null ? DateOnly.FromDateTime(DateTime.Today) : request.Settings(inputs).ReferenceDate;
            var updated = FassungFreezer.Decide(fassung, decided!.Value, valid, today, request.Folders.FassungenRoot!, diagnostics);
            if (updated is null)
            {
                new DiagnosticPrinter(environment.Output, environment.GitHubActions).Print(diagnostics.ToSortedArray());
                return ExitCodes.ContentErrors;
            }

            environment.Output.WriteLine($"Fassung {updated.Beschluss} als beschlossen vermerkt (am {GermanFormat.Date(decided.Value)}). Wurzel-Prüfsumme unverändert: {updated.Wurzel}");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Verify(CliEnvironment environment)
    {
        var options = new SiteCommandOptions();
        var command = new Command("verify", "Prüft jede eingefrorene Fassung gegen ihre Prüfsummen, ohne die Website zu bauen.");
        options.AddTo(command);
        command.SetAction(result =>
        {
            var (request, error) = options.Read(result, null);
            if (request is null)
            {
                return Refuse(environment, error!);
            }

            var diagnostics = new DiagnosticBag();
            var library = FassungLibrary.Read(request.Folders.Fassungen, diagnostics);
            var problems = diagnostics.ToSortedArray();
            new DiagnosticPrinter(environment.Output, environment.GitHubActions).Print(problems);
            foreach (var fassung in library.Fassungen)
            {
                environment.Output.WriteLine($"{fassung.Manifest.Beschluss}  {fassung.Manifest.Status.Id(),-11}  {fassung.Manifest.Wurzel}  unverändert");
            }

            var summary = DiagnosticSummary.Of(problems);
            environment.Output.WriteLine(library.Fassungen.IsEmpty && summary.Errors == 0
                ? $"Keine Fassungen in '{request.Folders.FassungenRoot}'."
                : $"Prüfung der Fassungen abgeschlossen: {library.Fassungen.Length} unverändert, {summary}.");
            return summary.Errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }

    private static int Refuse(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine("Fehler: " + message);
        return ExitCodes.ContentErrors;
    }

    private static bool TryDate(string? text, string option, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        error = $"{option} erwartet ein Datum im Format JJJJ-MM-TT, z. B. 2026-03-10 (angegeben: '{text}').";
        return false;
    }
}
