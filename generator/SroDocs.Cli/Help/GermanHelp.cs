using System.Collections;
using System.CommandLine;
using System.CommandLine.Help;

namespace SroDocs.Cli.Help;

/// <summary>
/// Writes the help of a command in German, in the layout System.CommandLine uses (description, usage, arguments,
/// options, commands). A default value is always written the same way, as <c>(Standard: …)</c> at the end of the
/// description; descriptions of options without a default value of their own say theirs in that form too.
/// </summary>
public static class GermanHelp
{
    public const string DescriptionTitle = "Beschreibung:";
    public const string UsageTitle = "Aufruf:";
    public const string ArgumentsTitle = "Argumente:";
    public const string OptionsTitle = "Optionen:";
    public const string CommandsTitle = "Befehle:";

    /// <summary>The program's name in the usage line, whatever the process is called (tests run in a test host).</summary>
    public const string ProgramName = "srodocs";

    private const string Indent = "  ";

    public static void Write(Command command, TextWriter output, int maxWidth = int.MaxValue)
    {
        if (!string.IsNullOrWhiteSpace(command.Description))
        {
            Section(output, DescriptionTitle, [Indent + command.Description]);
        }

        Section(output, UsageTitle, [Indent + Usage(command)]);
        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => (ArgumentLabel(a), WithDefault(a.Description, a.HasDefaultValue ? a.GetDefaultValue() : null))).ToList();
        Columns(output, ArgumentsTitle, arguments, maxWidth);
        Columns(output, OptionsTitle, [.. VisibleOptions(command).Select(o => (OptionLabel(o), WithDefault(o.Description, o.HasDefaultValue ? o.GetDefaultValue() : null)))], maxWidth);
        Columns(output, CommandsTitle, [.. command.Subcommands.Where(c => !c.Hidden).Select(c => (CommandLabel(c), c.Description ?? ""))], maxWidth);
    }

    private static string Usage(Command command)
    {
        var parts = new List<string>();
        foreach (var part in Lineage(command))
        {
            parts.Add(part is RootCommand ? ProgramName : part.Name);
            parts.AddRange(part.Arguments.Where(a => !a.Hidden).Select(ArgumentLabel));
        }

        if (command.Subcommands.Any(c => !c.Hidden))
        {
            parts.Add("[Befehl]");
        }

        if (VisibleOptions(command).Any())
        {
            parts.Add("[Optionen]");
        }

        return string.Join(" ", parts);
    }

    /// <summary>The command and the commands above it, outermost first.</summary>
    private static IEnumerable<Command> Lineage(Command command)
    {
        var chain = new List<Command>();
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            chain.Add(current);
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>The command's own options, then those it inherits (<c>--help</c>), the help and version options last.</summary>
    private static IEnumerable<Option> VisibleOptions(Command command)
    {
        var own = command.Options.Where(o => !o.Hidden).OrderBy(o => o is HelpOption or VersionOption).ToList();
        var inherited = Lineage(command).SkipLast(1).SelectMany(c => c.Options).Where(o => o is { Recursive: true, Hidden: false });
        return own.Concat(inherited.Where(o => !own.Any(m => m.Name == o.Name)));
    }

    private static string OptionLabel(Option option)
    {
        var names = new[] { option.Name }.Concat(option.Aliases)
            .Where(n => !n.StartsWith('/'))
            .Distinct()
            .OrderBy(n => n.Length)
            .ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        if (ValueLabel(option) is { } value)
        {
            label += " " + value;
        }

        return option.Required ? label + " (Pflichtangabe)" : label;
    }

    private static string? ValueLabel(Option option) =>
        option.ValueType == typeof(bool) || option.ValueType == typeof(bool?) || option.Arity.MaximumNumberOfValues == 0
            ? null
            : $"<{option.HelpName ?? option.Name.TrimStart('-')}>";

    private static string ArgumentLabel(Argument argument)
    {
        var label = $"<{argument.HelpName ?? argument.Name}>";
        if (argument.Arity.MaximumNumberOfValues > 1)
        {
            label += "...";
        }

        return argument.Arity.MinimumNumberOfValues == 0 ? $"[{label}]" : label;
    }

    private static string CommandLabel(Command command) =>
        string.Join(" ", new[] { string.Join(", ", new[] { command.Name }.Concat(command.Aliases)) }.Concat(command.Arguments.Where(a => !a.Hidden).Select(ArgumentLabel)));

    private static string WithDefault(string? description, object? value)
    {
        var text = description ?? "";
        return Shown(value) is { } shown ? $"{text} (Standard: {shown})".TrimStart() : text;
    }

    private static string? Shown(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        bool b => b ? "an" : "aus",
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(i => i?.ToString())) is { Length: > 0 } joined ? joined : null,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static void Section(TextWriter output, string title, IEnumerable<string> lines)
    {
        output.WriteLine(title);
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        output.WriteLine();
    }

    /// <summary>Two columns: the label, then the description, wrapped within <paramref name="maxWidth"/> where it is wide enough.</summary>
    private static void Columns(TextWriter output, string title, IReadOnlyList<(string Label, string Text)> rows, int maxWidth)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var labelWidth = rows.Max(r => r.Label.Length);
        var textWidth = maxWidth == int.MaxValue ? int.MaxValue : maxWidth - Indent.Length - labelWidth - Indent.Length - 1;
        var lines = new List<string>();
        foreach (var (label, text) in rows)
        {
            var wrapped = Wrap(text, textWidth < 20 ? int.MaxValue : textWidth);
            lines.Add((Indent + label.PadRight(labelWidth) + Indent + wrapped[0]).TrimEnd());
            lines.AddRange(wrapped.Skip(1).Select(more => new string(' ', Indent.Length + labelWidth + Indent.Length) + more));
        }

        Section(output, title, lines);
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string> { "" };
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > width)
            {
                lines.Add(word);
            }
            else
            {
                lines[^1] = lines[^1].Length == 0 ? word : lines[^1] + " " + word;
            }
        }

        return lines;
    }
}
