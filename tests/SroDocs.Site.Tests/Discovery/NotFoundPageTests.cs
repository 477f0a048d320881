using SroDocs.Testing;

namespace SroDocs.Site.Tests.Discovery;

public sealed class NotFoundPageTests
{
    /// <summary>Where a link of a page that the server shows at <paramref name="requestedAt"/> leads, as an output file below the prefix; null when it leaves the site.</summary>
    private static string? OutputFileOf(string requestedAt, string href, string prefix)
    {
        var target = new Uri(new Uri("https://sro.example.org" + requestedAt), href);
        if (target.Host != "sro.example.org" || !target.AbsolutePath.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(target.AbsolutePath[prefix.Length..]);
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/konzept/rostock/")]
    public async Task The404Page_WorksAtAnyDepth_EveryLinkAndResourceLeadsToAWrittenFile(string prefix)
    {
        // Given
        using var site = TestSite.FromFixture("minimal");

        // When
        await site.BuildCleanAsync(settings: inputs => inputs with { UrlPrefix = prefix });

        // Then: served for a missing address deep below the site
        site.Exists("404.html").ShouldBeTrue();
        var html = site.Html("404.html");
        var references = html.QuerySelectorAll("a[href], link[href], script[src], img[src], form[action]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!)
            .Where(href => !href.StartsWith('#') && !href.StartsWith("mailto:", StringComparison.Ordinal) && !href.StartsWith("https://", StringComparison.Ordinal))
            .ToList();
        references.Count.ShouldBeGreaterThan(5);
        foreach (var href in references)
        {
            href.ShouldStartWith(prefix, customMessage: "root-relative with the prefix, not relative");
            var file = OutputFileOf(prefix + "a/b/c/", href, prefix);
            file.ShouldNotBeNull(href);
            site.Exists(file).ShouldBeTrue($"{href} → {file}");
        }

        html.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href").ShouldBe(prefix + "assets/site.css");
        html.QuerySelector("link[rel=icon]")!.GetAttribute("href").ShouldBe(prefix + "assets/favicon.svg");
        html.QuerySelector("script[src]")!.GetAttribute("src").ShouldBe(prefix + "assets/site.js");
    }

    [Fact]
    public async Task The404Page_RewritesLinksInAnyQuoting_ButNotInsideValuesOrComments()
    {
        // Given: a 404 layout of the site's own, with links written as HTML allows
        using var site = TestSite.FromFixture("minimal");
        site.Write("_theme/layouts/nicht-gefunden.hbs", """
            <article><h1>Seite nicht gefunden</h1>
            <a href='glossar/'>1</a> <a HREF=zeitplan/>2</a> <a title="1 > 0" href="bausteine/">3</a>
            <a title="x href=y" href="glossar/">4</a> <!-- <a href="kommentar/"> --> <img src = "assets/favicon.svg" alt="">
            {{{content}}}</article>
            """);

        // When
        await site.BuildCleanAsync(settings: inputs => inputs with { UrlPrefix = "/p/" });

        // Then
        var text = site.Text("404.html");
        text.ShouldContain("<a href='/p/glossar/'>1</a>");
        text.ShouldContain("<a HREF=/p/zeitplan/>2</a>");
        text.ShouldContain("<a title=\"1 > 0\" href=\"/p/bausteine/\">3</a>");
        text.ShouldContain("<a title=\"x href=y\" href=\"/p/glossar/\">4</a>");
        text.ShouldContain("<!-- <a href=\"kommentar/\"> -->");
        text.ShouldContain("<img src = \"/p/assets/favicon.svg\" alt=\"\">");
    }

    [Fact]
    public async Task The404Page_IsGerman_OffersTheEntryPoints_AndIsNoIndex()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");

        // When
        await site.BuildCleanAsync();

        // Then
        var html = site.Html("404.html");
        html.DocumentElement.GetAttribute("lang").ShouldBe("de");
        html.QuerySelector("h1")!.TextContent.ShouldBe("Seite nicht gefunden");
        html.QuerySelector("meta[name=robots]")!.GetAttribute("content").ShouldBe("noindex");
        html.QuerySelector("meta[http-equiv=Content-Security-Policy]").ShouldNotBeNull();
        var entries = html.QuerySelectorAll("main .card a").Select(a => a.TextContent).ToList();
        entries.ShouldContain("Startseite");
        entries.ShouldContain("Bausteine");
        entries.ShouldContain("Übersicht: Bausteine und Ebenen");
        entries.ShouldContain("Glossar");
        entries.ShouldContain("Zeitplan und Meilensteine");
        entries.ShouldNotContain("Suche", "the site has no search page");
    }

    [Fact]
    public async Task The404Page_LinksTheSearch_WhenAPageWithThatIdExists()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Write("suche.md", "---\ntitle: Suche\nid: suche\nversion: \"1\"\nstand: 2024-01-01\n---\n\nSuchen.\n");

        // When
        await site.BuildCleanAsync(settings: inputs => inputs with { UrlPrefix = "/p/" });

        // Then
        site.Html("404.html").QuerySelector("main .card a")!.GetAttribute("href").ShouldBe("/p/suche/");
    }

    [Fact]
    public async Task The404Page_IsInNoListing()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");

        // When
        await site.BuildCleanAsync();

        // Then
        site.Text("sitemap.xml").ShouldNotContain("404");
        site.Html("index.html").QuerySelectorAll("a").ShouldAllBe(a => !a.GetAttribute("href")!.Contains("404"));
        site.Html("aenderungen/index.html").QuerySelectorAll("a").ShouldAllBe(a => !a.GetAttribute("href")!.Contains("404"));
    }

    [Fact]
    public async Task AFassung_HasNo404PageOfItsOwn()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Freeze("2099/BV/0001", new DateOnly(2099, 3, 10), today: new DateOnly(2099, 3, 11));

        // When
        var result = await site.PublishAsync(new DateOnly(2099, 12, 1));

        // Then
        result.HasErrors.ShouldBeFalse(string.Join("\n", result.Diagnostics));
        site.Exists("404.html").ShouldBeTrue();
        site.Exists("fassungen/2099-bv-0001/404.html").ShouldBeFalse();
        site.Exists("fassungen/2099-bv-0001/robots.txt").ShouldBeFalse();
    }
}
