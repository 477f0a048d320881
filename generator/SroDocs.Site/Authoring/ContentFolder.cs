using SroDocs.Core.Diagnostics;
using SroDocs.Core.IO;
using SroDocs.Site.FrontMatter;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Authoring;

/// <summary>The content folder on disk, as <c>new</c> reads it: which files exist, the data files and the pages' front matter.</summary>
public sealed class ContentFolder(string root)
{
    public string Root { get; } = root;

    /// <summary>A content path as the author sees it, with the content folder in front: <c>content/bausteine/x.md</c>.</summary>
    public string Display(string contentPath) => Path.Combine(Root, contentPath).Replace('\\', '/');

    public string FullPath(string contentPath) => Path.GetFullPath(Path.Combine(Root, contentPath));

    public bool Exists(string contentPath) => File.Exists(FullPath(contentPath)) || Directory.Exists(FullPath(contentPath));

    public static string DataPath(string fileName) => ContentLayout.DataFolder + "/" + fileName;

    /// <summary>
    /// A data file under the names the build looks for (<see cref="ContentLayout.DataFileNames"/>); null with no refusal
    /// when it does not exist, null with a refusal when it is not UTF-8 text or cannot be read as YAML.
    /// </summary>
    public (DataFile? File, Refusal? Refusal) ReadData(string fileName)
    {
        if (ContentLayout.DataFileNames(fileName).Select(DataPath).FirstOrDefault(p => File.Exists(FullPath(p))) is not { } contentPath)
        {
            return (null, null);
        }

        var bytes = File.ReadAllBytes(FullPath(contentPath));
        if (Content.TextFiles.FindFault(bytes) is { } fault)
        {
            return (null, Refusal.Conflict($"'{Display(contentPath)}' ist keine UTF-8-Textdatei; bitte zuerst den Fehler darin beheben. Nichts geschrieben.")
                with { Diagnostics = [Diagnostics.FrontMatterDiagnostics.UnreadableText(Display(contentPath), fault)] });
        }

        var text = Content.TextFiles.Decode(bytes);
        var problems = new List<Diagnostic>();
        var map = YamlDocumentReader.Read(new YamlSource(Display(contentPath), text, 0), YamlErrors.Data, problems);
        return map is null
            ? (null, Refusal.Conflict($"'{Display(contentPath)}' lässt sich nicht lesen; bitte zuerst den Fehler darin beheben. Nichts geschrieben.") with { Diagnostics = [.. problems] })
            : (new DataFile(contentPath, text, map), null);
    }

    /// <summary>
    /// Every page of the content folder, as the build finds them (<see cref="Content.SourceFiles.Visible"/>), with the
    /// Baustein and weight its front matter names (unreadable front matter names none).
    /// </summary>
    public IReadOnlyList<ExistingPage> Pages()
    {
        var source = new PhysicalContentSource(Root, Root);
        return !source.Exists ? [] : [.. Content.SourceFiles.Visible(source).Where(Content.ContentPaths.IsPage).Select(path =>
            FrontMatterScan.Read(source, path) is { } map ? new ExistingPage(path, map.String("baustein"), map.Int("gewicht")) : new ExistingPage(path, null, null))];
    }

    /// <summary>The weight after the largest among <paramref name="pages"/> listed in <paramref name="folder"/>, or 1.</summary>
    public static int NextWeight(IEnumerable<ExistingPage> pages, string folder) =>
        1 + pages.Where(p => p.NavigationFolder == folder).Select(p => p.Weight ?? 0).DefaultIfEmpty(0).Max();
}
