using Shouldly;

namespace SroDocs.Testing;

/// <summary>The output folders of two builds, compared file by file.</summary>
public static class OutputFolders
{
    /// <summary>
    /// Asserts that <paramref name="second"/> holds the same files as <paramref name="first"/>, byte for byte, and
    /// at least <paramref name="atLeastPages"/> HTML pages; paths containing <paramref name="ignoring"/> are left out
    /// (Pagefind's index differs between two runs). Returns the paths compared, separated by '/'.
    /// </summary>
    public static IReadOnlyCollection<string> ShouldHoldTheSameFiles(string first, string second, int atLeastPages, string? ignoring = null)
    {
        var firstFiles = Files(first, ignoring);
        var secondFiles = Files(second, ignoring);
        secondFiles.Keys.ShouldBe(firstFiles.Keys, ignoreOrder: true);
        firstFiles.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(atLeastPages);
        foreach (var (path, bytes) in firstFiles)
        {
            bytes.SequenceEqual(secondFiles[path]).ShouldBeTrue($"'{path}' differs between '{first}' and '{second}'");
        }

        return firstFiles.Keys;
    }

    private static Dictionary<string, byte[]> Files(string folder, string? ignoring) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (File: f, Path: Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .Where(f => ignoring is null || !f.Path.Contains(ignoring, StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => File.ReadAllBytes(f.File), StringComparer.Ordinal);
}
