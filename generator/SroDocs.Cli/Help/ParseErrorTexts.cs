using System.Text.RegularExpressions;

namespace SroDocs.Cli.Help;

/// <summary>
/// System.CommandLine's parse errors in German where its own German resources leave them English (a missing required
/// option, a value of the wrong type, …). A message not listed here is passed on as it is.
/// </summary>
public static partial class ParseErrorTexts
{
    public static string German(string message)
    {
        if (RequiredOption().Match(message) is { Success: true } required)
        {
            return $"Die Option {required.Groups[1].Value} fehlt; sie muss angegeben werden.";
        }

        if (CannotParse().Match(message) is { Success: true } value)
        {
            return $"'{value.Groups[1].Value}' ist kein gültiger Wert für {value.Groups[2].Value}; erwartet wird {TypeName(value.Groups[3].Value)}.";
        }

        if (RequiredArgument().Match(message) is { Success: true } argument)
        {
            return $"Beim Befehl {argument.Groups[1].Value} fehlt eine Angabe.";
        }

        if (ExpectsOneArgument().Match(message) is { Success: true } one)
        {
            return $"Die Option {one.Groups[1].Value} erwartet genau einen Wert.";
        }

        return message;
    }

    private static string TypeName(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "eine ganze Zahl",
        "System.Boolean" => "true oder false",
        "System.DateOnly" => "ein Datum (JJJJ-MM-TT)",
        _ => "ein anderer Wert",
    };

    [GeneratedRegex(@"^Option '(.+)' is required\.$")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for option '(.+)' as expected type '(.+)'\.$")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Required argument missing for command: '(.+)'\.$")]
    private static partial Regex RequiredArgument();

    [GeneratedRegex(@"^Option '(.+)' expects a single argument but \d+ were provided\.$")]
    private static partial Regex ExpectsOneArgument();
}
