namespace SroDocs.Bench;

/// <summary>Medians of timed runs, in milliseconds.</summary>
public static class Measurements
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>A copy of a content folder in a temporary folder, so the measurement may edit it; removed at the end.</summary>
    public static string CopyOf(string content)
    {
        var copy = Directory.CreateTempSubdirectory("srodocs-bench-inhalt-").FullName;
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    /// <summary>A page of the content that is not a section's index, to edit (the same one every time).</summary>
    public static string PageToEdit(string content) =>
        Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories)
            .Where(p => !p.Contains("_data") && Path.GetFileName(p) != "_index.md")
            .Order(StringComparer.Ordinal).Skip(2).First();
}
