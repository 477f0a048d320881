using SroDocs.Site.Diagnostics;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Output;

public sealed class OutputSafetyTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("content")]
    [InlineData("content/_site")]
    [InlineData(".")]
    [InlineData("..")]
    public async Task OutputThatOverlapsContentOrTheWorkingFolder_IsRefused_AndNothingIsTouched(string output)
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        var before = Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories).Length;

        // When
        var result = await site.BuildAsync(output: Path.Combine(site.Root, output));

        // Then
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.OutputFolderUnsafe);
        Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories).Length.ShouldBe(before);
        File.Exists(Path.Combine(site.ContentRoot, "_data", "taxonomie.yml")).ShouldBeTrue();
    }

    [Fact]
    public async Task AForeignNonEmptyFolder_IsNotReplaced_ButAnEarlierBuildIs()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        Directory.CreateDirectory(site.OutputRoot);
        File.WriteAllText(Path.Combine(site.OutputRoot, "wichtig.txt"), "nicht löschen");

        // When
        var refused = await site.BuildAsync();

        // Then
        refused.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.OutputFolderUnsafe);
        File.Exists(Path.Combine(site.OutputRoot, "wichtig.txt")).ShouldBeTrue();

        File.Delete(Path.Combine(site.OutputRoot, "wichtig.txt"));
        await site.BuildCleanAsync();
        await site.BuildCleanAsync();
        site.Exists(".srodocs-ausgabe").ShouldBeTrue();
    }

    [Fact]
    public async Task TwoDocumentsForOnePath_AreAnError()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("_theme/assets/logo.png", "aus dem Theme-Ordner");
        site.Write("assets/logo.png", "aus dem Inhalt");
        site.Write("sitemap.xml/liesmich.txt", "x");
        var result = await site.CheckAsync();
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.OutputPathConflict && d.Message.Contains("'assets/logo.png'"));
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.OutputPathConflict && d.Message.Contains("'sitemap.xml'"));
    }

    [Fact]
    public async Task ByteOrderMark_DoesNotBreakFrontMatter()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("seite.md", "\uFEFF---\ntitle: Mit BOM\nversion: \"1\"\nstand: 2024-01-01\n---\n\nText.\n");
        await site.BuildCleanAsync();
        var page = site.Html("seite/index.html");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Mit BOM");
        page.QuerySelectorAll(".prose hr, .prose h2").ShouldBeEmpty();
    }

    [Fact]
    public async Task HeadingsNamedLikeThemeIds_GetOtherAnchors_AndExplicitAnchorsWin()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("bausteine/_index.md", "---\ntitle: Bausteine\nversion: \"1\"\nstand: 2024-01-01\n---\n\n## Inhalt\n\n## Unterseiten\n\n## Formate\n\n## Andere Formate {#formate}\n\n[oben](#formate)\n");
        await site.BuildCleanAsync();
        var page = site.Html("bausteine/index.html");
        page.QuerySelectorAll(".prose h2").Select(h => h.Id).ShouldBe(["inhalt-2", "unterseiten-2", "formate-2", "formate"]);
        page.QuerySelectorAll("#inhalt").ShouldHaveSingleItem().TagName.ShouldBe("MAIN");
    }
}
