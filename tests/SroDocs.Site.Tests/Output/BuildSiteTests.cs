using AngleSharp.Html.Dom;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Output;

public sealed class BuildSiteTests : IAsyncLifetime
{
    private readonly TestSite _site = TestSite.FromFixture("minimal");
    private SiteBuildResult _result = null!;

    public async Task InitializeAsync() => _result = await _site.BuildCleanAsync();

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(_site.OutputRoot, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_site.OutputRoot, f).Replace('\\', '/'));

    [Fact]
    public void Build_WritesAPageForEveryMarkdownFile_AndTheGeneratedPages()
    {
        // Then
        string[] expected =
        [
            "index.html", "bausteine/index.html", "bausteine/alpha/index.html", "bausteine/beta/index.html", "ebenen/e1/index.html",
            "uebersicht/index.html", "zeitplan/index.html", "glossar/index.html", "aenderungen/index.html", "404.html",
            "merkmale/index.html", "merkmale/modellregionen/nord/index.html",
            .. new[] { "planung", "entwicklung", "erprobung", "ueberpruefung", "anpassung" }.Select(s => $"merkmale/status/{s}/index.html"),
        ];
        HtmlFiles().Order().ShouldBe(expected.Order());
        _site.Exists("assets/site.css").ShouldBeTrue();
        _site.Exists("aenderungen/atom.xml").ShouldBeTrue();
        _site.Exists("sitemap.xml").ShouldBeTrue();
        _result.Pages.ShouldBe(expected.Length - 1, "the 404 page is written but counts as no page");
    }

    [Fact]
    public void EveryPage_IsGermanWithOneH1_ASkipLinkAndLandmarks()
    {
        foreach (var file in HtmlFiles())
        {
            var html = _site.Html(file);
            html.DocumentElement.GetAttribute("lang").ShouldBe("de", file);
            html.QuerySelectorAll("h1").Length.ShouldBe(1, file);
            html.QuerySelector("a.skip-link")!.GetAttribute("href").ShouldBe("#inhalt", file);
            html.QuerySelector("main#inhalt").ShouldNotBeNull(file);
            html.QuerySelector("nav[aria-label='Hauptnavigation']").ShouldNotBeNull(file);
            html.QuerySelector("meta[name=viewport]").ShouldNotBeNull(file);
        }
    }

    [Fact]
    public void EveryRelativeLink_PointsToAWrittenFile_AndAnExistingAnchor()
    {
        // The 404 page links from the site root; NotFoundPageTests resolves it at depth.
        foreach (var file in HtmlFiles().Where(f => f != "404.html"))
        {
            var html = _site.Html(file);
            foreach (var element in html.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var href = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (href.Contains("://") || href.StartsWith("mailto:"))
                {
                    continue;
                }

                var (target, anchor) = Resolve(file, href);
                _site.Exists(target).ShouldBeTrue($"{file}: {href} → {target}");
                if (anchor is { Length: > 0 })
                {
                    _site.Html(target).GetElementById(anchor).ShouldNotBeNull($"{file}: {href}");
                }
            }
        }
    }

    [Fact]
    public void NoPage_LoadsAnythingFromAnotherHost()
    {
        foreach (var file in HtmlFiles())
        {
            var html = _site.Html(file);
            var external = html.QuerySelectorAll("script[src], link[rel=stylesheet], img[src], iframe, link[rel=preconnect]")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? "")
                .Where(u => u.Contains("//"));
            external.ShouldBeEmpty(file);
        }
    }

    [Fact]
    public void MarkdownLinks_BecomeRelativeUrls()
    {
        // Given
        var alpha = _site.Html("bausteine/alpha/index.html");
        var links = alpha.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToList();

        // Then
        links.ShouldContain("../beta/#umsetzung");
        links.ShouldContain("../../glossar/#hze");
        _site.Html("index.html").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ShouldContain("bausteine/alpha/");
        _site.Html("ebenen/e1/index.html").QuerySelector(".prose a")!.GetAttribute("href").ShouldBe("../../");
    }

    [Fact]
    public void BausteinPage_ShowsFacts_Breadcrumbs_PrevNext_AndDropsTheDuplicateTitle()
    {
        // Given
        var alpha = _site.Html("bausteine/alpha/index.html");

        // Then
        alpha.QuerySelector("h1")!.TextContent.ShouldBe("Alpha-Konzept");
        alpha.QuerySelector(".prose h2")!.Id.ShouldBe("ziele");
        var facts = alpha.QuerySelector(".page-facts")!.TextContent;
        facts.ShouldContain("Erprobung");
        facts.ShouldContain("2.1");
        facts.ShouldContain("01.03.2024");
        alpha.QuerySelector(".page-facts time")!.GetAttribute("datetime").ShouldBe("2024-03-01");
        alpha.QuerySelectorAll(".page-facts a").Select(a => a.TextContent).ShouldBe(["Erprobung", "Erste Ebene", "Nordstadt"], "only Ebenen with a page are links; status and region have facet pages");
        facts.ShouldContain("Zweite Ebene");
        alpha.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextContent).ShouldBe(["Testkonzept", "Bausteine"]);
        alpha.QuerySelector(".prevnext .prev")!.TextContent.ShouldContain("Bausteine");
        alpha.QuerySelector(".prevnext .next")!.TextContent.ShouldContain("Beta-Konzept");
        alpha.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")).ShouldBe(["#ziele", "#zusammenarbeit-mit-dem-stadtteil-und-begegnungszentrum"]);
    }

    [Fact]
    public void Navigation_ListsTopLevelPages_ByWeight_AndMarksTheCurrentSection()
    {
        var nav = _site.Html("bausteine/beta/index.html").QuerySelectorAll(".site-nav a").ToList();
        nav.Select(a => a.TextContent).ShouldBe(["Bausteine", "Übersicht: Bausteine und Ebenen", "Zeitplan und Meilensteine", "Glossar", "Änderungen"], "only top-level pages, by weight; /ebenen/e1/ has no section page");
        nav[0].GetAttribute("aria-current").ShouldBe("true");
        nav.Where(a => a.TextContent != "Bausteine").ShouldAllBe(a => !a.HasAttribute("aria-current"));
    }

    [Fact]
    public void Sitemap_ListsEveryPageWithAbsoluteUrls()
    {
        var sitemap = System.Xml.Linq.XDocument.Parse(_site.Text("sitemap.xml"));
        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        locations.Count.ShouldBe(HtmlFiles().Count(f => f != "404.html"));
        locations.ShouldContain("https://test.example.org/docs/bausteine/alpha/");
        locations.ShouldAllBe(l => l.StartsWith("https://test.example.org/docs/"));
    }

    [Fact]
    public async Task Placeholders_GetAVisibleTextLabel()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Write("ebenen/e1.md", "---\ntitle: Erste Ebene\nebene: e1\nversion: \"1\"\nstand: 2024-01-01\n---\n\n::: platzhalter\nDatum unbekannt.\n:::\n");

        // When
        await site.BuildCleanAsync();

        // Then
        var block = site.Html("ebenen/e1/index.html").QuerySelector("div.platzhalter")!;
        block.GetAttribute("role").ShouldBe("note");
        block.QuerySelector(".platzhalter-label")!.TextContent.ShouldContain("Platzhalter");
        block.TextContent.ShouldContain("Datum unbekannt.");
    }

    private static (string Target, string? Anchor) Resolve(string fromFile, string href)
    {
        var hash = href.IndexOf('#');
        var path = hash >= 0 ? href[..hash] : href;
        var anchor = hash >= 0 ? href[(hash + 1)..] : null;
        if (path.Length == 0)
        {
            return (fromFile, anchor);
        }

        var combined = Path.GetFullPath(Path.Combine("/x", Path.GetDirectoryName(fromFile) ?? "", path));
        var relative = Path.GetRelativePath("/x", combined).Replace('\\', '/');
        if (path.EndsWith('/') || relative == ".")
        {
            relative = relative == "." ? "index.html" : relative + "/index.html";
        }

        return (relative, anchor);
    }
}
