namespace SroDocs.Core.IO;

/// <summary>Rules for the relative paths of sources: '/' separated, no empty, '.' or '..' segments, never rooted.</summary>
public static class SourcePaths
{
    public static bool IsSafe(string path) =>
        path.Length > 0
        && !path.StartsWith('/')
        && !path.Contains('\\')
        && !path.Contains('\0')
        && path.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");

    /// <summary>True when <paramref name="path"/> lies below <paramref name="folder"/> (empty: the root).</summary>
    public static bool IsBelow(string path, string folder) =>
        folder.Length == 0 || (path.Length > folder.Length && path.StartsWith(folder, StringComparison.Ordinal) && path[folder.Length] == '/');

    /// <summary>The path relative to <paramref name="folder"/>.</summary>
    public static string RelativeTo(string path, string folder) => folder.Length == 0 ? path : path[(folder.Length + 1)..];

    public static string Combine(string folder, string path) => folder.Length == 0 ? path : folder + "/" + path;
}
