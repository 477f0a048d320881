using System.CommandLine;
using SroDocs.Cli.Reporting;
using SroDocs.Site;

namespace SroDocs.Cli.Commands;

/// <summary><c>build</c> (writes the site) and <c>check</c> (validates, writes nothing).</summary>
public static class SiteCommand
{
    public static Command Build(CliEnvironment environment)
    {
        var options = new SiteCommandOptions();
        var output = new Option<string>("--output", "-o") { HelpName = "ordner", Description = "Zielordner der Website", DefaultValueFactory = _ => "_site" };
        var command = new Command("build", "Erzeugt die Website aus dem Inhaltsordner. Bei Fehlern bleibt die bisherige Ausgabe unverändert.");
        options.AddTo(command);
        command.Options.Add(output);
        command.SetAction((result, token) => RunAsync(options, result, result.GetValue(output), environment, token));
        return command;
    }

    public static Command Check(CliEnvironment environment)
    {
        var options = new SiteCommandOptions();
        var command = new Command("check", "Prüft Inhalte, Daten, Links und Vorlagen, ohne etwas zu schreiben.");
        options.AddTo(command);
        command.SetAction((result, token) => RunAsync(options, result, null, environment, token));
        return command;
    }

    private static async Task<int> RunAsync(SiteCommandOptions options, ParseResult result, string? outputRoot, CliEnvironment environment, CancellationToken token)
    {
        var (request, error) = options.Read(result, outputRoot);
        if (request is null)
        {
            environment.Error.WriteLine("Fehler: " + error);
            return ExitCodes.Usage;
        }

        if (request.SearchMissing is { } missing)
        {
            environment.Output.WriteLine("Hinweis: " + missing);
        }

        var build = await request.RunAsync(token);
        new DiagnosticPrinter(environment.Output, environment.GitHubActions).Print(build.Diagnostics);
        if (result.GetValue(options.Timings) && build.Current?.Report is { } report)
        {
            TimingPrinter.Print(environment.Output, report);
        }

        var fassungen = build.Fassungen.Count();
        var editions = fassungen == 0 ? "" : $" (mit {fassungen} {(fassungen == 1 ? "Fassung" : "Fassungen")})";

        var summary = build.Summary;
        if (outputRoot is null)
        {
            environment.Output.WriteLine($"Prüfung abgeschlossen: {build.Pages} Seiten{editions}, {summary}.");
        }
        else if (build.Written)
        {
            environment.Output.WriteLine($"Website erstellt: {build.Pages} Seiten{editions}, {build.FilesWritten} Dateien in '{outputRoot}' ({build.Elapsed.TotalSeconds:0.00} s), {summary}.");
        }
        else
        {
            environment.Output.WriteLine($"Website nicht erstellt: {summary}. Der Ordner '{outputRoot}' bleibt unverändert.");
        }

        return summary.Errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
