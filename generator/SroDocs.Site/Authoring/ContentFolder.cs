using SroDocs.Core.Diagnostics;
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

    /// <summary>A data file; null with no refusal when it does not exist, null with a refusal when it cannot be read as YAML.</summary>
    public (DataFile? File, Refusal? Refusal) ReadData(string fileName)
    {
        var contentPath = DataPath(fileName);
        if (!File.Exists(FullPath(contentPath)))
        {
            return (null, null);
        }

        var text = File.ReadAllText(FullPath(contentPath));
        var problems = new List<Diagnostic>();
        var map = YamlDocumentReader.Read(new YamlSource(Display(contentPath), text, 0), YamlErrors.Data, problems);
        return map is null
            ? (null, Refusal.Conflict($"'{Display(contentPath)}' lässt sich nicht lesen; bitte zuerst den Fehler darin beheben. Nichts geschrieben.") with { Diagnostics = [.. problems] })
            : (new DataFile(contentPath, text, map), null);
    }

    /// <summary>Every page of the content folder with the Baustein and weight its front matter names (unreadable front matter names none).</summary>
    public IEnumerable<ExistingPage> Pages()
    {
        if (!Directory.Exists(Root))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(Root, "*.md", SearchOption.AllDirectories))
        {
            var contentPath = Path.GetRelativePath(Root, file).Replace('\\', '/');
            if (contentPath.Split('/').Any(ContentLayout.IsHidden))
            {
                continue;
            }

            var yaml = FrontMatterSplitter.Split(File.ReadAllText(file));
            var map = yaml is null ? null : YamlDocumentReader.Read(new YamlSource(contentPath, yaml, 1), YamlErrors.FrontMatter, new List<Diagnostic>());
            yield return new ExistingPage(contentPath, map?.String("baustein"), map?.Int("gewicht"));
        }
    }

    /// <summary>The weight after the largest among the pages and sections listed in <paramref name="folder"/>, or 1.</summary>
    public int NextWeight(string folder) =>
        1 + Pages().Where(p => p.NavigationFolder == folder).Select(p => p.Weight ?? 0).DefaultIfEmpty(0).Max();
}
