using System.CommandLine;
using System.CommandLine.Invocation;

namespace SroDocs.Cli.Help;

/// <summary>
/// The action of <c>--help</c>: writes <see cref="GermanHelp"/> for the command the help was asked for. It replaces
/// System.CommandLine's own help action, whose German resources (3.0.0) leave "Description:", "[options]",
/// "[command]", "(REQUIRED)" and "default" in English, and whose help builder is not public to customise.
/// </summary>
public sealed class GermanHelpAction : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        GermanHelp.Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output, ConsoleWidth());
        return 0;
    }

    /// <summary>The terminal's width, or no limit when the output goes to a file or a pipe.</summary>
    private static int ConsoleWidth()
    {
        try
        {
            return Console.IsOutputRedirected || Console.WindowWidth <= 0 ? int.MaxValue : Console.WindowWidth;
        }
        catch (IOException)
        {
            return int.MaxValue;
        }
    }
}
