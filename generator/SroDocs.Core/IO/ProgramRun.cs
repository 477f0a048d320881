using System.Diagnostics;

namespace SroDocs.Core.IO;

/// <summary>One run of an external program to its end: what it printed and how it ended.</summary>
public sealed record ProgramRun(int ExitCode, string Output, string Error)
{
    /// <summary>
    /// Runs <paramref name="start"/> (its output and error redirected here, without a shell) and waits at most <paramref name="limit"/>;
    /// null when it took longer (it is then ended with its children). A program that cannot start throws as
    /// <see cref="Process.Start(ProcessStartInfo)"/> does (<see cref="System.ComponentModel.Win32Exception"/>, <see cref="InvalidOperationException"/>).
    /// </summary>
    public static async Task<ProgramRun?> RunAsync(ProcessStartInfo start, TimeSpan limit, CancellationToken cancellationToken)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"'{start.FileName}' did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return null;
        }

        return new ProgramRun(process.ExitCode, await output, await error);
    }
}
