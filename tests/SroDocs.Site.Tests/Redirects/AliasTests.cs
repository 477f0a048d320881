using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Redirects;

public sealed class AliasTests
{
    /// <summary>A page whose front matter ends with <c>aliases:</c> and one line per alias, so the first alias is on line 6, column 5.</summary>
    private static string PageWithAliases(string title, params string[] aliases) =>
        $"---\ntitle: {title}\nversion: \"1.0\"\nstand: 2025-01-01\naliases:\n{string.Concat(aliases.Select(a => $"  - {a}\n"))}---\n\nText.\n";

    private static MemorySite Site() => MemorySite.WithTaxonomy().Page("_index.md", "Start", "Willkommen.");

    [Fact]
    public async Task AnAlias_WritesAGermanRedirectPage_ToTheNewAddress()
    {
        // Given
        var site = Site().Write("bausteine/neuer-name.md", PageWithAliases("Neuer Name", "/bausteine/alter-name/", "/ganz/alt"));

        // When
        await site.BuildCleanAsync(settings: inputs => inputs with { BaseUrl = new Uri("https://sro.rostock.de/"), UrlPrefix = "/konzept/" });

        // Then
        var html = site.Html("bausteine/alter-name/index.html");
        html.DocumentElement.GetAttribute("lang").ShouldBe("de");
        html.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content").ShouldBe("0; url=../neuer-name/");
        html.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://sro.rostock.de/konzept/bausteine/neuer-name/");
        html.QuerySelector("meta[name=robots]")!.GetAttribute("content").ShouldBe("noindex");
        html.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content").ShouldBe(SroDocs.Site.Output.ContentSecurityPolicy.Policy);
        html.QuerySelectorAll("script").ShouldBeEmpty();
        html.QuerySelector("main p")!.TextContent.ShouldStartWith("Diese Seite ist umgezogen: Neuer Name");
        html.QuerySelector("main a")!.GetAttribute("href").ShouldBe("../neuer-name/");
        site.Html("ganz/alt/index.html").QuerySelector("main a")!.GetAttribute("href").ShouldBe("../../bausteine/neuer-name/", "an alias without the closing '/' is a folder all the same");
    }

    [Fact]
    public async Task ARedirect_IsInNoListing_AndEveryLinkOfItLeadsToAWrittenFile()
    {
        // Given
        var site = Site().Write("neu.md", PageWithAliases("Neu", "/alt/"));

        // When
        await site.BuildCleanAsync();

        // Then
        site.Output.Text("sitemap.xml").ShouldNotContain("/alt/");
        site.Html("index.html").QuerySelectorAll(".site-nav a, main a").ShouldAllBe(a => !a.GetAttribute("href")!.Contains("alt"));
        site.Output.Text("aenderungen/atom.xml").ShouldNotContain("/alt/");
        foreach (var element in site.Html("alt/index.html").QuerySelectorAll("a[href], link[href]").Where(e => e.GetAttribute("rel") != "canonical"))
        {
            var target = new Uri(new Uri("https://x.example/alt/"), element.GetAttribute("href")).AbsolutePath.TrimStart('/');
            site.Output.Text(target.EndsWith('/') || target.Length == 0 ? target + "index.html" : target).ShouldNotBeEmpty(target);
        }
    }

    [Fact]
    public async Task AnAliasOnAnExistingPage_IsALocatedError()
    {
        // Given
        var site = Site().Page("bausteine/alt.md", "Alt", "Noch da.").Write("bausteine/neu.md", PageWithAliases("Neu", "/bausteine/alt/"));

        // When
        var result = await site.BuildAsync();

        // Then
        var error = result.Diagnostics.Single(d => d.Code == DiagnosticCodes.AliasTakesAddress);
        error.Severity.ShouldBe(Severity.Error);
        error.Location.ShouldBe(new SourceLocation("content/bausteine/neu.md", 6, 5));
        error.Message.ShouldContain("bausteine/alt.md");
    }

    [Fact]
    public async Task AnAliasOnAGeneratedPage_IsALocatedError()
    {
        // Given
        var site = Site().Write("neu.md", PageWithAliases("Neu", "/glossar/"));

        // When
        var result = await site.BuildAsync();

        // Then
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.AliasTakesAddress && d.Location == new SourceLocation("content/neu.md", 6, 5));
    }

    [Fact]
    public async Task TheSameAliasTwice_IsALocatedError_NamingTheFirst()
    {
        // Given
        var site = Site()
            .Write("a.md", PageWithAliases("A", "/frueher/"))
            .Write("b.md", PageWithAliases("B", "/andere/", "/frueher"));

        // When
        var result = await site.BuildAsync();

        // Then
        var error = result.Diagnostics.Single(d => d.Code == DiagnosticCodes.AliasDuplicate);
        error.Location.ShouldBe(new SourceLocation("content/b.md", 7, 5));
        error.Message.ShouldContain("content/a.md:6:5");
    }

    [Fact]
    public async Task AnAliasOfThePageItself_IsALoop()
    {
        // Given
        var site = Site().Write("bausteine/neu.md", PageWithAliases("Neu", "/bausteine/neu/"));

        // When
        var result = await site.BuildAsync();

        // Then
        result.Diagnostics.Single(d => d.Code == DiagnosticCodes.AliasLoop).Location.ShouldBe(new SourceLocation("content/bausteine/neu.md", 6, 5));
    }

    [Fact]
    public async Task PagesThatNameEachOtherAsAliases_AreALoop_AtBothAliases()
    {
        // Given: a → b → c → a
        var site = Site()
            .Write("a.md", PageWithAliases("A", "/b/"))
            .Write("b.md", PageWithAliases("B", "/c/"))
            .Write("c.md", PageWithAliases("C", "/a/"));

        // When
        var result = await site.BuildAsync();

        // Then
        var loops = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.AliasLoop).ToList();
        loops.Select(d => d.Location!.Value.Path).Order().ShouldBe(["content/a.md", "content/b.md", "content/c.md"]);
        loops.Single(d => d.Location!.Value.Path == "content/a.md").Message.ShouldContain("/a/ → /b/ → /c/ → /a/");
        result.Diagnostics.ShouldNotContain(d => d.Code == DiagnosticCodes.AliasTakesAddress, "a circle is reported as a circle");
    }

    [Theory]
    [InlineData("bausteine/alt/")]
    [InlineData("/bausteine/../geheim/")]
    [InlineData("https://www.example.org/alt/")]
    [InlineData("/alt name/")]
    [InlineData("/alt/?seite=2")]
    [InlineData("/")]
    public async Task AnAliasThatIsNoSitePath_IsALocatedError(string alias)
    {
        // Given
        var site = Site().Write("neu.md", PageWithAliases("Neu", $"\"{alias}\""));

        // When
        var result = await site.BuildAsync();

        // Then
        result.Diagnostics.Single(d => d.Code == DiagnosticCodes.AliasInvalid).Location.ShouldBe(new SourceLocation("content/neu.md", 6, 5));
        result.Written.ShouldBeFalse();
    }
}
