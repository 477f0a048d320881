using SroDocs.Site.Diagnostics;
using SroDocs.Testing;

namespace SroDocs.Site.Tests.Templates;

public sealed class ThemeOverrideTests
{
    [Fact]
    public async Task SiteLayout_OverridesTheThemeLayout_ForThatLayoutOnly()
    {
        // Given
        using var site = TestSite.FromFixture("minimal");
        site.Write("_theme/layouts/ebene.hbs", "<article class=\"eigene-ebene\"><h1>{{page.title}}</h1>{{{content}}}</article>");

        // When
        await site.BuildCleanAsync();

        // Then
        site.Html("ebenen/e1/index.html").QuerySelector("article.eigene-ebene h1")!.TextContent.ShouldBe("Erste Ebene");
        site.Html("bausteine/alpha/index.html").QuerySelector("article.eigene-ebene").ShouldBeNull();
    }

    [Fact]
    public async Task SectionLayout_WinsOverTheGeneralLayout()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("_theme/layouts/bausteine/baustein.hbs", "<article class=\"abschnitt-layout\"><h1>{{page.title}}</h1>{{{content}}}</article>");
        await site.BuildCleanAsync();
        site.Html("bausteine/beta/index.html").QuerySelector(".abschnitt-layout").ShouldNotBeNull();
    }

    [Theory]
    [InlineData("<article>{{#if page.title}}<h1>{{page.title}}</h1></article>")]
    [InlineData("<article><h1>{{page.title}}</h1>{{#each}}{{/each}}</article>")]
    public async Task TemplateSyntaxError_IsReportedWithTheTemplateFile(string template)
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("_theme/layouts/ebene.hbs", template);
        var result = await site.CheckAsync();
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem("one broken template gives one error, no follow-up noise");
        diagnostic.Code.ShouldBe(DiagnosticCodes.TemplateSyntax);
        diagnostic.Location!.Value.Path.ShouldBe("content/_theme/layouts/ebene.hbs");
    }

    [Fact]
    public async Task MissingThemeFolder_IsAClearError()
    {
        using var site = TestSite.FromFixture("minimal");
        site.ThemeRoot = Path.Combine(site.Root, "kein-theme");
        var result = await site.BuildAsync();
        result.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.ThemeFolderMissing);
        result.FilesWritten.ShouldBe(0);
    }

    [Fact]
    public async Task MissingLayout_IsReportedOnceAtTheTheme()
    {
        using var site = TestSite.FromFixture("minimal");
        site.Write("bausteine/gamma.md", "---\ntitle: G\nlayout: gibtesnicht\nversion: \"1\"\nstand: 2024-01-01\n---\n");
        site.Write("bausteine/delta.md", "---\ntitle: D\nlayout: gibtesnicht\nversion: \"1\"\nstand: 2024-01-01\n---\n");
        site.ThemeRoot = Path.Combine(site.Root, "theme");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.DefaultTheme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site.ThemeRoot, Path.GetRelativePath(RepositoryPaths.DefaultTheme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.Delete(Path.Combine(site.ThemeRoot, "layouts", "seite.hbs"));
        var result = await site.CheckAsync();

        // One report per missing layout (the section pages' 'abschnitt' falls back to 'seite' too), however many pages use it.
        result.Diagnostics.ShouldAllBe(d => d.Code == DiagnosticCodes.TemplateMissing);
        result.Diagnostics.Select(d => d.Message).ShouldBe([
            "Das Theme hat kein Layout 'abschnitt.hbs' und kein Ersatzlayout 'seite.hbs'.",
            "Das Theme hat kein Layout 'gibtesnicht.hbs' und kein Ersatzlayout 'seite.hbs'.",
        ]);
    }
}
