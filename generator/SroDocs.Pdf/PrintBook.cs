using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SroDocs.Site.Fassungen;
using SroDocs.Site.Synopse;
using SroDocs.Site.Templates;

namespace SroDocs.Pdf;

/// <summary>
/// One Fassung as one printable document, assembled from its built pages: a cover (decision, dates, status, root
/// hash), a table of contents, every page in reading order (the site's "Weiter" chain from the start page), and the
/// Synopse to the previous Fassung as an annex. Ids are made unique per page and links between pages become links
/// within the document; other links are written out as full addresses, so they can be read on paper.
/// </summary>
public static class PrintBook
{
    public const string FileName = "gesamt.html";

    /// <param name="files">The built site, by path (<c>fassungen/&lt;slug&gt;/index.html</c> …).</param>
    /// <param name="synopse">The path of the Synopse to the previous Fassung, or null for the first.</param>
    /// <param name="siteAddress">The public address of the site (for links that leave the document), or null.</param>
    public static string Assemble(IReadOnlyDictionary<string, byte[]> files, FassungManifest manifest, string? synopse, Uri? siteAddress)
    {
        var parser = new HtmlParser();
        var prefix = $"fassungen/{manifest.Slug}/";
        var order = ReadingOrder(files, parser, prefix + "index.html");
        var numbers = order.Select((path, i) => (path, i)).ToDictionary(x => x.path, x => x.i + 1, StringComparer.Ordinal);
        var body = new StringBuilder();
        var contents = new StringBuilder();
        foreach (var (path, number) in numbers)
        {
            var page = parser.ParseDocument(Encoding.UTF8.GetString(files[path]));
            var title = page.QuerySelector("main h1")?.TextContent.Trim() ?? path;
            contents.Append($"<li><a href=\"#s{number}\">{WordDiff.Escape(title)}</a></li>\n");
            body.Append($"<section class=\"druck-seite\" id=\"s{number}\" aria-label=\"{WordDiff.Escape(title)}\">\n");
            body.Append(Content(page, path, number, numbers, files, siteAddress, prefix));
            body.Append("</section>\n");
        }

        if (synopse is not null && files.TryGetValue(synopse, out var annex))
        {
            var page = parser.ParseDocument(Encoding.UTF8.GetString(annex));
            contents.Append("<li><a href=\"#anlage\">Anlage: Synopse zur vorigen Fassung</a></li>\n");
            body.Append("<section class=\"druck-seite druck-anlage\" id=\"anlage\" aria-label=\"Anlage: Synopse\">\n<p class=\"page-type\">Anlage</p>\n");
            body.Append(Content(page, synopse, 0, numbers, files, siteAddress, prefix));
            body.Append("</section>\n");
        }

        return Document(manifest, prefix, contents.ToString(), body.ToString());
    }

    private static List<string> ReadingOrder(IReadOnlyDictionary<string, byte[]> files, HtmlParser parser, string start)
    {
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var path = start; path is not null && files.ContainsKey(path) && seen.Add(path);)
        {
            order.Add(path);
            var next = parser.ParseDocument(Encoding.UTF8.GetString(files[path])).QuerySelector(".prevnext a[rel=next]")?.GetAttribute("href");
            path = next is null ? null : Resolve(path, next).Path;
        }

        return order;
    }

    /// <summary>The page's article, with ids numbered per page, links rebased into the document and navigation removed.</summary>
    private static string Content(IHtmlDocument page, string path, int number, IReadOnlyDictionary<string, int> numbers, IReadOnlyDictionary<string, byte[]> files, Uri? siteAddress, string prefix)
    {
        var main = page.QuerySelector("main")!;
        foreach (var element in main.QuerySelectorAll(".toc, .prevnext, .fassung-wahl, nav, script").ToList())
        {
            element.Remove();
        }

        foreach (var element in main.QuerySelectorAll("[id]"))
        {
            element.Id = $"s{number}-{element.Id}";
        }

        foreach (var element in main.QuerySelectorAll("[aria-labelledby]"))
        {
            element.SetAttribute("aria-labelledby", $"s{number}-{element.GetAttribute("aria-labelledby")}");
        }

        foreach (var link in main.QuerySelectorAll("a[href]").OfType<IHtmlAnchorElement>())
        {
            link.SetAttribute("href", Rebase(link.GetAttribute("href")!, path, number, numbers, files, siteAddress));
        }

        foreach (var image in main.QuerySelectorAll("img[src]"))
        {
            image.SetAttribute("src", "/" + Resolve(path, image.GetAttribute("src")!).Path);
        }

        return main.InnerHtml;
    }

    private static string Rebase(string href, string path, int number, IReadOnlyDictionary<string, int> numbers, IReadOnlyDictionary<string, byte[]> files, Uri? siteAddress)
    {
        if (href.StartsWith('#'))
        {
            return href.Length == 1 ? $"#s{number}" : $"#s{number}-{href[1..]}";
        }

        if (Uri.TryCreate(href, UriKind.Absolute, out _))
        {
            return href;
        }

        var (target, fragment) = Resolve(path, href);
        if (numbers.TryGetValue(target, out var other))
        {
            return fragment is null ? $"#s{other}" : $"#s{other}-{fragment}";
        }

        var address = "/" + (target.EndsWith("index.html", StringComparison.Ordinal) ? target[..^"index.html".Length] : target);
        var full = siteAddress is null ? address : new Uri(siteAddress, address.TrimStart('/')).ToString();
        return fragment is null ? full : full + "#" + fragment;
    }

    /// <summary>The file a relative link on <paramref name="page"/> leads to (folders mean their <c>index.html</c>), and its fragment.</summary>
    private static (string Path, string? Fragment) Resolve(string page, string href)
    {
        var hash = href.IndexOf('#');
        var fragment = hash >= 0 ? href[(hash + 1)..] : null;
        var relative = hash >= 0 ? href[..hash] : href;
        var parts = page.Split('/')[..^1].ToList();
        foreach (var segment in Uri.UnescapeDataString(relative).Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (parts.Count > 0)
                    {
                        parts.RemoveAt(parts.Count - 1);
                    }

                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }

        if (relative.Length == 0)
        {
            return (page, fragment);
        }

        var target = string.Join('/', parts);
        if (relative.EndsWith('/') || !Path.HasExtension(target))
        {
            target = target.Length == 0 ? "index.html" : target + "/index.html";
        }

        return (target, fragment);
    }

    private static string Document(FassungManifest manifest, string prefix, string contents, string body)
    {
        var status = manifest.Status == FassungStatus.Beschlossen && manifest.BeschlossenAm is { } decided
            ? $"Beschlossen am {GermanFormat.Date(decided)}"
            : $"Vorlage, eingefroren am {GermanFormat.Date(manifest.EingefrorenAm)}, noch nicht beschlossen";
        var valid = manifest.GueltigAb is { } from ? $"<div><dt>Gültig ab</dt><dd>{GermanFormat.Date(from)}</dd></div>" : "";
        return $$"""
            <!DOCTYPE html>
            <html lang="de">
            <head>
            <meta charset="utf-8">
            <title>{{WordDiff.Escape(manifest.Titel)}} – Beschluss {{WordDiff.Escape(manifest.Beschluss.Value)}}</title>
            <link rel="stylesheet" href="/{{prefix}}assets/site.css">
            <style>
              .druck-seite { break-before: page; }
              .druck-titel { break-after: page; }
              .druck-titel h1 { font-size: 24pt; margin-top: 4cm; }
              .druck-titel .hash, .druck-titel code { overflow-wrap: anywhere; }
              .druck-inhalt { break-after: page; }
              .fassung-banner { display: none; }
            </style>
            </head>
            <body class="druck">
            <main>
            <section class="druck-titel" aria-labelledby="titel">
            <p class="page-type">Fachkonzept Sozialraumorientierung · Hanse- und Universitätsstadt Rostock</p>
            <h1 id="titel">{{WordDiff.Escape(manifest.Titel)}}</h1>
            <dl class="fassung-daten">
            <div><dt>Beschluss</dt><dd>{{WordDiff.Escape(manifest.Beschluss.Value)}} ({{WordDiff.Escape(manifest.Gremium)}})</dd></div>
            <div><dt>Status</dt><dd>{{status}}</dd></div>
            {{valid}}
            <div><dt>Eingefroren am</dt><dd>{{GermanFormat.Date(manifest.EingefrorenAm)}}</dd></div>
            <div><dt>Wurzel-Prüfsumme (SHA-256)</dt><dd><code>{{manifest.Wurzel}}</code></dd></div>
            </dl>
            <p>Dieses Dokument gibt die Fassung wieder, wie sie eingefroren wurde. Ob ein Text unverändert ist, zeigt die Wurzel-Prüfsumme über alle Dateien der Fassung (Befehl <code>verify</code>).</p>
            </section>
            <nav class="druck-inhalt" aria-labelledby="inhalt-titel">
            <h2 id="inhalt-titel">Inhalt</h2>
            <ol>
            {{contents}}</ol>
            </nav>
            {{body}}</main>
            </body>
            </html>
            """;
    }
}
