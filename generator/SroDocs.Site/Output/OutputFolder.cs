using SroDocs.Core.Diagnostics;
using SroDocs.Core.IO;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Output;

/// <summary>
/// Guards the output folder: a build replaces it as a whole, so it must never be (or contain, or lie inside)
/// the content, the theme, the Fassungen or the working folder, never be a file system root, and an existing folder is only
/// replaced when an earlier SroDocs build wrote it (it carries <see cref="MarkerFile"/>).
/// </summary>
public static class OutputFolder
{
    public const string MarkerFile = ".srodocs-ausgabe";

    public const string MarkerText = "Dieser Ordner wird von SroDocs erzeugt und bei jedem Build vollständig ersetzt.\n";

    public static Diagnostic? Problem(SiteFolders folders, PhysicalContentSource display)
    {
        var output = Normalize(folders.OutputRoot!);
        var shown = display.DisplayOf(output);
        if (Path.GetDirectoryName(output) is null)
        {
            return OutputDiagnostics.OutputFolderIsRoot(shown);
        }

        var guarded = new List<(string Name, string Folder)> { ("Inhaltsordner", folders.ContentRoot), ("Theme-Ordner", folders.ThemeRoot), ("Arbeitsordner", folders.DisplayRoot) };
        if (folders.FassungenRoot is { } fassungen)
        {
            guarded.Add(("Fassungsordner", fassungen));
        }

        foreach (var (name, folder) in guarded)
        {
            var protectedFolder = Normalize(folder);
            if (IsSameOrInside(protectedFolder, output) || (name != "Arbeitsordner" && IsSameOrInside(output, protectedFolder)))
            {
                return OutputDiagnostics.OutputFolderOverlaps(shown, name, display.DisplayOf(protectedFolder));
            }
        }

        if (File.Exists(output))
        {
            return OutputDiagnostics.OutputFolderNotOurs(shown);
        }

        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            return OutputDiagnostics.OutputFolderNotOurs(shown);
        }

        return null;
    }

    private static string Normalize(string path)
    {
        var full = Path.GetFullPath(path);
        return full.Length > 1 ? full.TrimEnd(Path.DirectorySeparatorChar) : full;
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies below it.</summary>
    private static bool IsSameOrInside(string inner, string outer) =>
        inner == outer || inner.StartsWith(outer.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
