using System.CommandLine;
using System.Text.RegularExpressions;
using SroDocs.Cli;

namespace SroDocs.Cli.Tests.Help;

public sealed class GermanHelpTests
{
    /// <summary>System.CommandLine's English help texts, none of which may remain.</summary>
    private static readonly string[] EnglishWords =
        ["Description", "Usage", "Options", "Commands", "Arguments", "Show help", "Show version", "default", "REQUIRED", "[command]", "[options]", "<command>", "additional arguments"];

    /// <summary>Every command path: the root (empty), each command and each subcommand.</summary>
    public static TheoryData<string> CommandPaths()
    {
        var paths = new TheoryData<string> { "" };
        void Add(Command command, string prefix)
        {
            foreach (var sub in command.Subcommands)
            {
                paths.Add(prefix + sub.Name);
                Add(sub, prefix + sub.Name + " ");
            }
        }

        Add(CliApp.CreateRoot(new CliEnvironment(TextWriter.Null, TextWriter.Null, false)), "");
        return paths;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public async Task Help_ForEveryCommand_IsGermanThroughout(string path)
    {
        // Given
        var args = path.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("--help").ToArray();
        var output = new StringWriter();

        // When
        var code = await CliApp.RunAsync(args, new CliEnvironment(output, TextWriter.Null, false));

        // Then
        code.ShouldBe(ExitCodes.Success);
        var help = output.ToString();
        help.ShouldContain("Beschreibung:");
        help.ShouldContain("Aufruf:\n  srodocs " + (path.Length == 0 ? "" : path + " "));
        help.ShouldContain("Optionen:");
        help.ShouldContain("Hilfe und Bedienung anzeigen");
        var withoutThemePath = help.Replace("themes/default", "", StringComparison.Ordinal);
        foreach (var word in EnglishWords)
        {
            withoutThemePath.ShouldNotContain(word, Case.Insensitive, $"'{path} --help' still says '{word}':\n{help}");
        }
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public async Task Help_WritesEveryDefault_AsStandardInParentheses_AtTheEndOfTheLine(string path)
    {
        // Given
        var args = path.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("--help").ToArray();
        var output = new StringWriter();

        // When
        await CliApp.RunAsync(args, new CliEnvironment(output, TextWriter.Null, false));

        // Then
        foreach (var line in output.ToString().Split('\n').Where(l => l.Contains("Standard", StringComparison.Ordinal)))
        {
            Regex.IsMatch(line, @"\(Standard: [^()]+\)$").ShouldBeTrue($"'{path} --help': '{line}'");
            Regex.Matches(line, "Standard").Count.ShouldBe(1, line);
        }
    }

    [Fact]
    public async Task Help_OfTheRoot_ListsTheCommands_AndOfACommandWithSubcommands_SaysBefehl()
    {
        // Given
        var output = new StringWriter();

        // When
        await CliApp.RunAsync(["--help"], new CliEnvironment(output, TextWriter.Null, false));

        // Then
        var help = output.ToString();
        help.ShouldContain("Aufruf:\n  srodocs [Befehl] [Optionen]");
        help.ShouldContain("Befehle:");
        help.ShouldContain("  check ");
        help.ShouldContain("--version");
        help.ShouldContain("Version anzeigen");
    }

    [Theory]
    [InlineData("snapshot", "Die Option --beschluss fehlt")]
    [InlineData("serve --port abc", "'abc' ist kein gültiger Wert für --port; erwartet wird eine ganze Zahl")]
    [InlineData("new baustein", "fehlt")]
    public async Task UsageErrors_AreGerman(string command, string expected)
    {
        // Given
        var error = new StringWriter();

        // When
        var code = await CliApp.RunAsync(command.Split(' '), new CliEnvironment(TextWriter.Null, error, false));

        // Then
        code.ShouldBe(ExitCodes.Usage);
        error.ToString().ShouldContain(expected);
        error.ToString().ShouldNotContain("is required");
        error.ToString().ShouldNotContain("Cannot parse");
        error.ToString().ShouldNotContain("expected type");
    }
}
