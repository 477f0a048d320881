using System.CommandLine;
using System.Runtime.CompilerServices;
using SroDocs.Cli.Reporting;
using SroDocs.Pdf;
using SroDocs.Site;
using SroDocs.Site.Fassungen;
using SroDocs.Site.Publishing;

namespace SroDocs.Cli.Commands;

/// <summary><c>pdf</c>: the PDF of each Fassung, through headless Chromium; the HTML build never needs Chromium.</summary>
public static class PdfCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var options = new SiteCommandOptions();
        var beschluss = new Option<string?>("--beschluss") { HelpName = "nummer", Description = "Nur die Fassung zu diesem Beschluss (Standard: alle)" };
        var command = new Command("pdf", "Erzeugt für jede Fassung ein PDF (Deckblatt, Inhalt, alle Seiten, Synopse als Anlage); der nächste build veröffentlicht es.");
        options.AddTo(command);
        command.Options.Add(beschluss);
        command.SetAction(async (result, token) =>
        {
            if (!RuntimeFeature.IsDynamicCodeSupported)
            {
                environment.Error.WriteLine("Fehler: Der Befehl pdf läuft nur mit der .NET-Laufzeit, nicht in der nativ übersetzten Fassung von SroDocs (Playwright, das Chromium steuert, braucht sie): bitte mit „dotnet run --project generator/SroDocs.Cli -- pdf“ aufrufen.");
                return ExitCodes.Usage;
            }

            var (request, error) = options.Read(result, null);
            if (request is null)
            {
                environment.Error.WriteLine("Fehler: " + error);
                return ExitCodes.ContentErrors;
            }

            string? slug = null;
            if (result.GetValue(beschluss) is { } text)
            {
                var number = BeschlussNummer.Parse(text, out var problem);
                if (number is null)
                {
                    environment.Error.WriteLine("Fehler: " + problem);
                    return ExitCodes.ContentErrors;
                }

                slug = number.Slug;
            }

            if (PdfPrinter.FindChromium() is not { } chromium)
            {
                environment.Error.WriteLine("Fehler: Für PDF wird Chromium gebraucht, es wurde aber weder über SRODOCS_CHROMIUM noch unter /usr/bin/chromium gefunden (unter Debian: apt-get install chromium).");
                return ExitCodes.ContentErrors;
            }

            var (inputs, problems) = request.Folders.ToInputs();
            if (inputs is null)
            {
                new DiagnosticPrinter(environment.Output, environment.GitHubActions).Print(problems);
                return ExitCodes.ContentErrors;
            }

            var export = await PdfExport.RunAsync(SiteDefinition.Default(), request.Settings(inputs), request.Folders.Fassungen, request.Cache, chromium, slug, token);
            new DiagnosticPrinter(environment.Output, environment.GitHubActions).Print(export.Diagnostics);
            if (export.Diagnostics.Any(d => d.Severity == Core.Diagnostics.Severity.Error))
            {
                environment.Output.WriteLine("Kein PDF erzeugt: Bitte zuerst die Fehler beheben.");
                return ExitCodes.ContentErrors;
            }

            foreach (var pdf in export.Made)
            {
                environment.Output.WriteLine($"PDF der Fassung {pdf.Beschluss}: {pdf.Path} ({pdf.Pages} Seiten, {pdf.Bytes / 1024} KB).");
            }

            environment.Output.WriteLine(export.Made.IsEmpty
                ? (slug is null ? $"Keine Fassungen in '{request.Folders.FassungenRoot}': es gibt kein PDF zu erzeugen." : $"Zum Beschluss {result.GetValue(beschluss)} gibt es keine Fassung.")
                : "Der nächste build veröffentlicht die PDFs bei ihren Fassungen.");
            return slug is not null && export.Made.IsEmpty ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }
}
