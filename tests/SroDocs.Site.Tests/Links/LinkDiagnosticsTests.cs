using SroDocs.Core.Diagnostics;
using SroDocs.Site.Diagnostics;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Links;

public sealed class LinkDiagnosticsTests
{
    private static async Task<Diagnostic> SingleDiagnosticForLinkAsync(string link)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("seite.md", $"---\ntitle: Seite\nversion: \"1\"\nstand: 2024-01-01\n---\n\nAm Anfang: {link}\n");
        var result = await site.CheckAsync();
        return result.Diagnostics.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task MissingPage_IsReportedAtTheLink()
    {
        var diagnostic = await SingleDiagnosticForLinkAsync("[weg](bausteine/gamma.md)");
        diagnostic.Code.ShouldBe(DiagnosticCodes.LinkTargetMissing);
        diagnostic.Location.ShouldBe(new SourceLocation("content/seite.md", 7, 12));
    }

    [Fact]
    public async Task MissingAnchor_IsReported_WithASuggestion()
    {
        var diagnostic = await SingleDiagnosticForLinkAsync("[weg](bausteine/beta.md#umsetzng)");
        diagnostic.Code.ShouldBe(DiagnosticCodes.LinkAnchorMissing);
        diagnostic.Message.ShouldContain("Meinten Sie '#umsetzung'?");
    }

    [Fact]
    public async Task GermanHeadingAnchors_Resolve()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("seite.md", "---\ntitle: Seite\nversion: \"1\"\nstand: 2024-01-01\n---\n\n[a](bausteine/beta.md#ueberpruefung-anpassung) [b](#eigener-anker)\n\n## Mit Anker {#eigener-anker}\n");
        (await site.BuildCleanAsync()).Diagnostics.ShouldBeEmpty();
        var links = site.Html("seite/index.html").QuerySelectorAll(".prose a").Where(a => a.Closest(".rueckmeldung") is null).Select(a => a.GetAttribute("href")).ToList();
        links.ShouldBe(["../bausteine/beta/#ueberpruefung-anpassung", "#eigener-anker"]);
    }

    [Fact]
    public async Task UnknownXref_IsReported()
    {
        var diagnostic = await SingleDiagnosticForLinkAsync("[weg](xref:glosar)");
        diagnostic.Code.ShouldBe(DiagnosticCodes.XrefUnknown);
        diagnostic.Message.ShouldContain("Meinten Sie 'glossar'?");
    }

    [Fact]
    public async Task GlossaryLinkToAMissingTerm_IsReported()
    {
        var diagnostic = await SingleDiagnosticForLinkAsync("[weg](glossar:asd)");
        diagnostic.Code.ShouldBe(DiagnosticCodes.GlossaryTermMissing);
        diagnostic.Message.ShouldContain("'asd'");
    }

    [Fact]
    public async Task LinkLeavingTheContentFolder_IsReported()
    {
        (await SingleDiagnosticForLinkAsync("[weg](../../geheim.md)")).Code.ShouldBe(DiagnosticCodes.LinkTargetMissing);
    }

    [Fact]
    public async Task ExternalLinks_AreNotChecked()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("seite.md", "---\ntitle: Seite\nversion: \"1\"\nstand: 2024-01-01\n---\n\n[a](https://example.org/x.md) [b](mailto:amt@example.org)\n");
        (await site.CheckAsync()).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public async Task ImagesNextToPages_AreCopied_AndLinkedRelatively()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("bausteine/bild.png", "png");
        site.Write("seite.md", "---\ntitle: Seite\nversion: \"1\"\nstand: 2024-01-01\n---\n\n![Bild](bausteine/bild.png)\n");
        await site.BuildCleanAsync();
        site.Exists("bausteine/bild.png").ShouldBeTrue();
        site.Html("seite/index.html").QuerySelector(".prose img")!.GetAttribute("src").ShouldBe("../bausteine/bild.png");
    }

    [Theory]
    [InlineData("bausteine/bild.svg")]
    [InlineData("seite.html")]
    [InlineData("skript.js")]
    [InlineData("_theme/assets/eigen.js")]
    public async Task FilesThatCouldRunCode_AreNotPublished_AndSaySo(string path)
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Write(path, "<svg onload='alert(1)'/><script>alert(1)</script>");

        // When
        var result = await site.BuildAsync();

        // Then
        var warning = result.Diagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe(DiagnosticCodes.FileNotPublished);
        warning.Location!.Value.Path.ShouldBe("content/" + path);
        Directory.EnumerateFiles(site.OutputRoot, Path.GetFileName(path), SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task BrokenLinkInTheTheme_IsReportedAgainstTheOutput()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("_theme/layouts/abschnitt.hbs", "<article><h1>{{page.title}}</h1><a href=\"{{root}}nirgendwo/\">kaputt</a>{{{content}}}</article>");
        var result = await site.CheckAsync();
        var diagnostic = result.Diagnostics.First(d => d.Code == DiagnosticCodes.OutputLinkBroken);
        diagnostic.Message.ShouldContain("nirgendwo/");
        diagnostic.Message.ShouldContain("Theme");
        diagnostic.Location!.Value.Path.ShouldBe("content/_theme/layouts/abschnitt.hbs");
        diagnostic.Location!.Value.Line.ShouldBe(1);
    }
}
