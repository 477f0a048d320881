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
    [InlineData("<img src=\"https://tracker.example.com/p.png\" alt=\"\">")]
    public async Task LoadingFromAnotherServer_IsAnError_WhereItWasWritten(string body)
    {
        var diagnostic = (await CheckPageAsync(body)).Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.OutputLinkBroken);
        diagnostic.Message.ShouldContain("fremden Server");
        diagnostic.Location.ShouldBe(new Core.Diagnostics.SourceLocation("content/seite.md", 7, 1));
    }

    [Theory]
    [InlineData("<iframe src=\"https://video.example.com/x\"></iframe>", "<iframe>")]
    [InlineData("<script src=\"https://cdn.example.com/x.js\"></script>", "<script>")]
    public async Task ScriptsAndFrames_AreNotPublished_AndReportedWhereTheyWereWritten(string body, string element)
    {
        var diagnostic = (await CheckPageAsync(body)).Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(DiagnosticCodes.HtmlNotAllowed);
        diagnostic.Message.ShouldContain(element);
        diagnostic.Location.ShouldBe(new Core.Diagnostics.SourceLocation("content/seite.md", 7, 1));
    }

    [Fact]
    public async Task PlainLinksToOtherServers_AreFine()
    {
        (await CheckPageAsync("[Stadt](https://www.rostock.de/)")).Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", DiagnosticCodes.HtmlNotAllowed)]
    [InlineData("[x](javascript:alert(1))", DiagnosticCodes.UnsafeScheme)]
    [InlineData("[x](JaVaScRiPt:alert(1))", DiagnosticCodes.UnsafeScheme)]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)", DiagnosticCodes.UnsafeScheme)]
    public async Task JavaScriptAndDataLinks_AreAnError_NotAMissingFile(string body, string code)
    {
        var diagnostic = (await CheckPageAsync(body)).Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(code);
        diagnostic.Location!.Value.Line.ShouldBe(7);
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
        diagnostic.Message.ShouldContain("'{{root}}fehlt/'");
        diagnostic.Location.ShouldBe(new Core.Diagnostics.SourceLocation("content/_theme/partials/prevnext.hbs", 1, 10));
    }
}
