using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Output;

/// <summary>
/// Guards the output folder: a build replaces it as a whole, so it must never be (or contain, or lie inside)
/// the content, the theme or the working folder, and an existing folder is only replaced when an earlier
/// SroDocs build wrote it (it carries <see cref="MarkerFile"/>).
/// </summary>
public static class OutputFolder
{
    public const string MarkerFile = ".srodocs-ausgabe";

    public static Diagnostic? Problem(SiteOptions options)
    {
        if (options.OutputRoot is null)
        {
            return null;
        }

        var output = Normalize(options.OutputRoot);
        var shown = options.DisplayPath(output);
        foreach (var (name, folder) in new[] { ("Inhaltsordner", options.ContentRoot), ("Theme-Ordner", options.ThemeRoot), ("Arbeitsordner", options.DisplayRoot) })
        {
            var protectedFolder = Normalize(folder);
            if (IsSameOrInside(protectedFolder, output) || (name != "Arbeitsordner" && IsSameOrInside(output, protectedFolder)))
            {
                return OutputDiagnostics.OutputFolderOverlaps(shown, name, options.DisplayPath(protectedFolder));
            }
        }

        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            return OutputDiagnostics.OutputFolderNotOurs(shown);
        }

        return null;
    }

    private static string Normalize(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies below it.</summary>
    private static bool IsSameOrInside(string inner, string outer) =>
        inner == outer || inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
