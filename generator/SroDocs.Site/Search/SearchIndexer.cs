using System.Diagnostics;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.IO;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Search;

/// <summary>Runs Pagefind over a written (staged) site: one index for the current text and every Fassung, filtered by the Fassung.</summary>
public static class SearchIndexer
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>Indexes <paramref name="siteFolder"/>; null when it worked, else the error (the staged site is then not published).</summary>
    public static async Task<Diagnostic?> IndexAsync(SearchTool tool, string siteFolder, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool.Node);
        foreach (var argument in new[] { tool.Runner, "--site", siteFolder, "--output-subdir", SearchTool.Folder, "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            if (await ProgramRun.RunAsync(start, Limit, cancellationToken) is not { } run)
            {
                return OutputDiagnostics.SearchIndexFailed($"Pagefind ist nach {Limit.TotalMinutes:0} Minuten nicht fertig geworden.");
            }

            var message = (run.Error.Trim() + " " + run.Output.Trim()).Trim();
            return run.ExitCode == 0 ? null : OutputDiagnostics.SearchIndexFailed(message.Length > 0 ? message : $"Pagefind endete mit Code {run.ExitCode}.");
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return OutputDiagnostics.SearchIndexFailed(exception.Message);
        }
    }
}
