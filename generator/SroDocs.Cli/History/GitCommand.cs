using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using SroDocs.Core.IO;

namespace SroDocs.Cli.History;

/// <summary>Runs one git command in a folder and returns what it printed; null when git is missing, fails or takes too long.</summary>
public static class GitCommand
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static async Task<string?> RunAsync(string folder, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.ArgumentList.Add("--no-optional-locks"); // never take the index lock: an author's own git commands may run at the same time
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            return await ProgramRun.RunAsync(start, Limit, cancellationToken) is { ExitCode: 0 } run ? run.Output : null;
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException or IOException)
        {
            return null; // no git on this machine, or the folder is gone
        }
    }
}
