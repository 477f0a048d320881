using System.CommandLine;
using SroDocs.Cli.Reporting;
using SroDocs.Core.Diagnostics;
using SroDocs.Site.Schemas;

namespace SroDocs.Cli.Commands;

/// <summary><c>schema</c>: JSON Schemas for front matter and the data files, for completion and inline errors in the editor.</summary>
public static class SchemaCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var content = new Option<string>("--content") { HelpName = "ordner", Description = "Ordner mit den Markdown-Seiten und _data/", DefaultValueFactory = _ => "content" };
        var output = new Option<string>("--output") { HelpName = "ordner", Description = "Zielordner der Schemas", DefaultValueFactory = _ => "schemas" };
        var command = new Command("schema", "Schreibt JSON Schemas für das Front Matter und jede Datei in _data/ (erlaubte Werte aus der Taxonomie), damit der Editor ergänzt und Fehler markiert.");
        command.Options.Add(content);
        command.Options.Add(output);
        command.SetAction(result =>
        {
            var contentRoot = result.GetValue(content)!;
            var outputRoot = result.GetValue(output)!;
            if (!Directory.Exists(contentRoot))
            {
                environment.Error.WriteLine($"Fehler: Der Inhaltsordner '{contentRoot}' existiert nicht.");
                return ExitCodes.ContentErrors;
            }

            var problems = new List<Diagnostic>();
            var schemas = SchemaSet.FromContent(contentRoot, problems);
            new DiagnosticPrinter(environment.Output, environment.GitHubActions).Print([.. problems]);
            if (problems.Any(d => d.Severity == Severity.Error))
            {
                environment.Output.WriteLine("Keine Schemas geschrieben: Bitte zuerst die Fehler in Taxonomie und Meilensteinen beheben.");
                return ExitCodes.ContentErrors;
            }

            Directory.CreateDirectory(outputRoot);
            foreach (var schema in schemas)
            {
                File.WriteAllText(Path.Combine(outputRoot, schema.FileName), schema.Text);
            }

            environment.Output.WriteLine($"{schemas.Length} Schemas nach '{outputRoot}' geschrieben.");
            return ExitCodes.Success;
        });
        return command;
    }
}
