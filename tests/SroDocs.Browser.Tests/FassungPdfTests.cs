using SroDocs.Pdf;
using SroDocs.Site;
using SroDocs.Site.Publishing;
using SroDocs.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace SroDocs.Browser.Tests;

/// <summary>
/// The PDF of a Fassung, printed by real Chromium: its text holds the Beschluss and the root hash, it is tagged with
/// document language German and has an outline, it carries the Synopse as an annex, and the next build publishes it.
/// </summary>
public sealed class FassungPdfTests : IDisposable
{
    private readonly TestSite _site = TestSite.FromFixture("minimal");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task ThePdf_HoldsBeschlussAndRootHash_IsTagged_AndIsPublishedByTheNextBuild()
    {
        // Given: two Fassungen, the second with one sentence changed
        _site.Freeze("2099/BV/0001", new DateOnly(2099, 3, 10), "Erste Fassung", today: new DateOnly(2099, 3, 11));
        var alpha = Path.Combine(_site.ContentRoot, "bausteine", "alpha.md");
        File.WriteAllText(alpha, File.ReadAllText(alpha).Replace("Das SBZ hilft.", "Das SBZ hilft gern.", StringComparison.Ordinal));
        var second = _site.Freeze("2099/BV/0002", new DateOnly(2099, 9, 1), "Zweite Fassung", today: new DateOnly(2099, 9, 2));
        var cache = new FassungCache(Path.Combine(_site.Root, "cache"));
        var (inputs, _) = _site.Folders(null).ToInputs();

        // When
        var export = await PdfExport.RunAsync(SiteDefinition.Default(), inputs! with { ReferenceDate = new DateOnly(2099, 12, 1) }, _site.Folders(null).Fassungen, cache,
            Infrastructure.BrowserSites.ChromiumPath, onlySlug: null);

        // Then
        export.Diagnostics.ShouldBeEmpty();
        export.Made.Length.ShouldBe(2);
        var made = export.Made.Single(m => m.Beschluss == "2099/BV/0002");
        using var pdf = PdfDocument.Open(made.Path);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        text.ShouldContain("2099/BV/0002");
        text.ShouldContain(second.Wurzel);
        text.ShouldContain("Anlage");
        text.ShouldContain("gern");
        pdf.NumberOfPages.ShouldBeGreaterThan(5);
        made.Pages.ShouldBe(pdf.NumberOfPages);

        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        catalog.ContainsKey(NameToken.StructTreeRoot).ShouldBeTrue("tagged PDF: structure tree");
        catalog.ContainsKey(NameToken.MarkInfo).ShouldBeTrue("tagged PDF: mark info");
        catalog.ContainsKey(NameToken.Outlines).ShouldBeTrue("outline");
        catalog.TryGet(NameToken.Lang, out var language).ShouldBeTrue();
        language.ToString()!.ShouldContain("de");

        // When: the next build
        var build = await _site.PublishAsync(new DateOnly(2099, 12, 1), cache: cache);

        // Then: the PDF is published beside its Fassung and linked from the Fassungen page and the banner
        build.HasErrors.ShouldBeFalse(string.Join("\n", build.Diagnostics));
        var published = Path.Combine(_site.OutputRoot, "fassungen", second.Slug, FassungCache.PdfName(second.Slug));
        File.ReadAllBytes(published).ShouldBe(File.ReadAllBytes(made.Path));
        _site.Html("fassungen/index.html").QuerySelectorAll(".fassung-links a").Select(a => a.GetAttribute("href")).ShouldContain($"{second.Slug}/{FassungCache.PdfName(second.Slug)}");
        _site.Html($"fassungen/{second.Slug}/index.html").QuerySelector(".fassung-banner a[href$='.pdf']").ShouldNotBeNull();
    }

    [Fact]
    public async Task AFassungPage_PrintsBannerAndRootHash_AndItsSwitcherWorksWithTheKeyboard()
    {
        // Given
        var manifest = _site.Freeze("2099/BV/0001", new DateOnly(2099, 3, 10), "Erste Fassung", today: new DateOnly(2099, 3, 11));
        (await _site.PublishAsync(new DateOnly(2099, 12, 1))).HasErrors.ShouldBeFalse();
        using var server = new Infrastructure.StaticServer(_site.OutputRoot);
        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Infrastructure.BrowserSites.ChromiumPath });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + $"fassungen/{manifest.Slug}/bausteine/alpha/");

        // When: the switcher is opened and followed with the keyboard only
        await page.Locator(".fassung-wahl summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.textContent");
        focused.ShouldBe("Aktueller Arbeitsstand");
        await page.Keyboard.PressAsync("Enter");

        // Then
        await Microsoft.Playwright.Assertions.Expect(page).ToHaveURLAsync(server.BaseUrl + "bausteine/alpha/");

        // When: the Fassung page is printed
        await page.GotoAsync(server.BaseUrl + $"fassungen/{manifest.Slug}/bausteine/alpha/");
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });

        // Then: banner and root hash on the first page, no switcher
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".fassung-banner")).ToBeVisibleAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".fassung-banner-hash")).ToContainTextAsync(manifest.Wurzel);
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".fassung-wahl")).ToBeHiddenAsync();
        (await page.Locator(".fassung-banner").BoundingBoxAsync())!.Y.ShouldBeLessThan(400);
    }
}
