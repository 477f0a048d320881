using SroDocs.Site.Diagnostics;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Links;

public sealed class OutputChecksTests
{
    private static async Task<SiteBuildResult> CheckPageAsync(string body)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("seite.md", $"---\ntitle: Seite\nversion: \"1\"\nstand: 2024-01-01\n---\n\n{body}\n");
        return await site.CheckAsync();
    }

    [Fact]
    public async Task AnchorsOfGeneratedPages_AndFootnotes_Resolve()
    {
        var result = await CheckPageAsync("[a](xref:aenderungen#zyklus-1) [b](xref:glossar#buchstabe-s) [c](xref:zeitplan#analyse) [d](#) Text[^1]\n\n[^1]: Fußnote.\n\n[e](#fn:1)");
        result.Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("![Zähler](https://tracker.example.com/p.png)")]
    [InlineData("<iframe src=\"https://video.example.com/x\"></iframe>")]
    [InlineData("<script src=\"https://cdn.example.com/x.js\"></script>")]
    public async Task LoadingFromAnotherServer_IsAnError(string body)
    {
        var diagnostic = (await CheckPageAsync(body)).Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.OutputLinkBroken);
        diagnostic.Message.ShouldContain("fremden Server");
        diagnostic.Location!.Value.Path.ShouldBe("content/seite.md");
    }

    [Fact]
    public async Task PlainLinksToOtherServers_AreFine()
    {
        (await CheckPageAsync("[Stadt](https://www.rostock.de/)")).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task JavaScriptLinks_AreAnError()
    {
        (await CheckPageAsync("<a href=\"javascript:alert(1)\">x</a>")).Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("javascript:");
    }

    [Fact]
    public async Task DuplicateIdsInAPage_AreAnError()
    {
        var diagnostic = (await CheckPageAsync("## Eins {#doppelt}\n\n<p id=\"doppelt\">x</p>")).Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.DuplicateHtmlId);
        diagnostic.Message.ShouldContain("doppelt");
    }

    [Fact]
    public async Task TheSameBrokenThemeLink_IsReportedOnce_ForAllPages()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("_theme/partials/prevnext.hbs", "<a href=\"{{root}}fehlt/\">weg</a>");
        var result = await site.CheckAsync();
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Message.ShouldContain("'/fehlt/index.html'");
        diagnostic.Message.ShouldContain("Betroffen sind 8 Seiten");
    }
}
