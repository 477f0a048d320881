using SroDocs.Core.Diagnostics;
using SroDocs.Core.IO;
using SroDocs.Site.Content;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.FrontMatter;

/// <summary>
/// A page's front matter read without building, for what needs to know of pages beside a build (other editions'
/// addresses, <c>new</c>): null where the file is not UTF-8 text, has no front matter or no readable YAML — the build
/// reports why.
/// </summary>
public static class FrontMatterScan
{
    /// <summary>The front matter's YAML text.</summary>
    public static string? Yaml(IContentSource content, string path)
    {
        var bytes = content.ReadAllBytes(path);
        return TextFiles.FindFault(bytes) is null ? FrontMatterSplitter.Split(TextFiles.Decode(bytes)) : null;
    }

    /// <summary>The front matter's YAML text as a map (it starts on the line after the opening <c>---</c>).</summary>
    public static YamlMap? Map(string yaml, string path) =>
        YamlDocumentReader.Read(new YamlSource(path, yaml, 1), YamlErrors.FrontMatter, new List<Diagnostic>());

    public static YamlMap? Read(IContentSource content, string path) => Yaml(content, path) is { } yaml ? Map(yaml, path) : null;
}
