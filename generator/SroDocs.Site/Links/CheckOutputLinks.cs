using System.Collections.Concurrent;
using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using SroDocs.Core.Diagnostics;
using SroDocs.Core.Documents;
using SroDocs.Core.Pipelines;
using SroDocs.Site.Diagnostics;

namespace SroDocs.Site.Links;

/// <summary>
/// Checks every link, stylesheet, script and image of every generated HTML file against the files really
/// produced, anchors included (after Statiq's ValidateRelativeLinks). This catches links that come from
/// the theme; pages whose Markdown links were already reported are skipped to avoid double reports.
/// </summary>
public sealed class CheckOutputLinks(IReadOnlyList<string> pipelines) : IStep
{
    public ValueTask<ImmutableArray<Document>> RunAsync(ImmutableArray<Document> input, BuildContext context, CancellationToken cancellationToken)
    {
        var all = pipelines.SelectMany(p => context.Outputs.Latest(p, Phase.Render)).Concat(input).Where(d => d.Destination.Length > 0).ToList();
        var files = all.Select(d => d.Destination).ToImmutableHashSet(StringComparer.Ordinal);
        var html = all.Where(d => d.Destination.EndsWith(".html", StringComparison.Ordinal) && d.Binary is null).ToList();
        var alreadyReported = context.Diagnostics.ToSortedArray()
            .Where(d => d.Code.StartsWith("SRO4", StringComparison.Ordinal) && d.Location is not null)
            .Select(d => d.Location!.Value.Path)
            .ToHashSet(StringComparer.Ordinal);

        var ids = new ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var links = new ConcurrentBag<(Document Page, string Href)>();
        Parallel.ForEach(html, new ParallelOptions { CancellationToken = cancellationToken }, page =>
        {
            var parsed = new HtmlParser().ParseDocument(page.Text);
            ids[page.Destination] = parsed.QuerySelectorAll("[id]").Select(e => e.Id!).Concat(parsed.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!)).ToHashSet(StringComparer.Ordinal);
            if (alreadyReported.Contains(page.Source))
            {
                return;
            }

            foreach (var element in parsed.QuerySelectorAll("a[href], link[href], img[src], script[src]"))
            {
                if (!element.HasAttribute("data-no-validate"))
                {
                    links.Add((page, element.GetAttribute("href") ?? element.GetAttribute("src")!));
                }
            }
        });

        foreach (var (page, href) in links.OrderBy(l => l.Page.Destination, StringComparer.Ordinal).ThenBy(l => l.Href, StringComparer.Ordinal).Distinct())
        {
            if (Problem(page.Destination, href, files, ids) is { } problem)
            {
                context.Diagnostics.Add(new Diagnostic(DiagnosticCodes.OutputLinkBroken, Severity.Error,
                    $"Der Link '{href}' in der erzeugten Datei '{page.Destination}' führt ins Leere ({problem}). Er stammt aus dem Theme oder aus erzeugten Daten, nicht aus dem Markdown der Seite.",
                    SourceLocation.FileOnly(page.Source)));
            }
        }

        return ValueTask.FromResult(input);
    }

    private static string? Problem(string fromDestination, string href, ImmutableHashSet<string> files, ConcurrentDictionary<string, HashSet<string>> ids)
    {
        if (href.Length == 0 || LinkResolver.IsExternal(href) || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var hash = href.IndexOf('#');
        var path = hash >= 0 ? href[..hash] : href;
        var anchor = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
        var query = path.IndexOf('?');
        path = query >= 0 ? path[..query] : path;
        var target = path.Length == 0 ? fromDestination : Normalize(fromDestination, path);
        if (target is null || !files.Contains(target))
        {
            return "Ziel fehlt";
        }

        return anchor is { Length: > 0 } && ids.TryGetValue(target, out var targetIds) && !targetIds.Contains(anchor) ? $"Anker '#{anchor}' fehlt" : null;
    }

    private static string? Normalize(string fromDestination, string path)
    {
        var parts = path.StartsWith('/') ? new List<string>() : new List<string>(fromDestination.Split('/')[..^1]);
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(segment);
            }
        }

        var joined = string.Join('/', parts);
        return path.EndsWith('/') || joined.Length == 0 ? (joined.Length == 0 ? "index.html" : joined + "/index.html") : joined;
    }
}
