using System.Collections.Immutable;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.IO;
using SroDocs.Site.Content;
using SroDocs.Site.FrontMatter;
using SroDocs.Site.Pages;
using SroDocs.Site.Yaml;

namespace SroDocs.Site.Publishing;

/// <summary>
/// The page ids of a content source and their addresses, read from the file names and the <c>id</c> of each front
/// matter, without building: what other editions need to link to the same page. Problems are left to the real build.
/// </summary>
public static class PageAddressScan
{
    public static ImmutableDictionary<string, string> Of(IContentSource content)
    {
        var pages = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var generated in DataPages.Pages)
        {
            pages[generated.Id] = generated.Url;
        }

        var found = SourceFiles.Visible(content).Where(ContentPaths.IsPage).AsParallel().AsOrdered()
            .Select(path => (Path: path, Id: IdOf(content, path)));
        foreach (var (path, id) in found)
        {
            pages.TryAdd(id ?? ContentPaths.DefaultIdOf(path), ContentPaths.UrlOf(path));
        }

        return pages.ToImmutable();
    }

    private static string? IdOf(IContentSource content, string path) =>
        FrontMatterScan.Yaml(content, path) is { } yaml && yaml.Contains("id:", StringComparison.Ordinal) ? FrontMatterScan.Map(yaml, path)?.String("id") : null;
}
