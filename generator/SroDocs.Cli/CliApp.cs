using System.CommandLine;
using System.Globalization;
using SroDocs.Cli.Commands;

namespace SroDocs.Cli;

/// <summary>The command line: <c>build</c>, <c>check</c>, <c>serve</c>, <c>new</c>, <c>schema</c>, and for Fassungen <c>snapshot</c>, <c>beschliessen</c>, <c>verify</c>. Usage errors exit with 2, content errors with 1.</summary>
public static class CliApp
{
    /// <summary>The root command with every command, and German help for each of them.</summary>
    public static RootCommand CreateRoot(CliEnvironment environment)
    {
        var root = new RootCommand("SroDocs – erzeugt die Website des Fachkonzepts Sozialraumorientierung aus Markdown.")
        {
            SiteCommand.Build(environment),
            SiteCommand.Check(environment),
            NewCommand.Create(environment),
            FassungCommands.Snapshot(environment),
            FassungCommands.Decide(environment),
            FassungCommands.Verify(environment),
            PdfCommand.Create(environment),
            ServeCommand.Create(environment),
            SchemaCommand.Create(environment),
        };
        foreach (var option in root.Options)
        {
            if (option is System.CommandLine.Help.HelpOption help)
            {
                help.Description = "Hilfe und Bedienung anzeigen";
                help.Action = new Help.GermanHelpAction();
            }
            else if (option is VersionOption)
            {
                option.Description = "Version anzeigen";
            }
        }

        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        var root = CreateRoot(environment);

        var result = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = environment.Output, Error = environment.Error, EnableDefaultExceptionHandler = false };
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                environment.Error.WriteLine("Fehler: " + Help.ParseErrorTexts.German(error.Message));
            }

            environment.Error.WriteLine("Hilfe: srodocs --help");
            return ExitCodes.Usage;
        }

        if (result.CommandResult.Command == root && !args.Any(a => a is "--help" or "-h" or "-?" or "--version"))
        {
            var names = root.Subcommands.Select(c => c.Name).ToList();
            environment.Error.WriteLine($"Fehler: Bitte einen Befehl angeben: {string.Join(", ", names[..^1])} oder {names[^1]}. Hilfe: srodocs --help");
            return ExitCodes.Usage;
        }

        try
        {
            return await result.InvokeAsync(configuration, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            environment.Error.WriteLine("Abgebrochen. Die bisherige Ausgabe bleibt unverändert.");
            return ExitCodes.ContentErrors;
        }
        catch (Exception exception)
        {
            environment.Error.WriteLine($"Interner Fehler: {exception.GetType().Name}: {exception.Message}");
            environment.Error.WriteLine("Das ist ein Fehler im Generator, nicht in den Inhalten. Bitte mit dieser Meldung melden.");
            return ExitCodes.ContentErrors;
        }
    }
}
